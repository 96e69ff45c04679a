/**
 * The core journey, written once and run in every engine (chromium.spec.ts, firefox.spec.ts,
 * webkit.spec.ts): a teacher opens the app, picks a pair, writes a note on a card, finds it after a
 * reload, and finds it again with no server at all, from a deep link. Along the way: axe and touch
 * targets on the start page and the back of a card, no request to another origin, no page error.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DECK_PATH, NOTES_DB, NOTES_STORE } from '../support/app';
import { TABLET } from '../support/chromium';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultDistDir, prerenderedPaths, PROJECT_ROOT, startPreview } from '../support/preview-server';
import type { PreviewServer } from '../support/preview-server';
import { waitUntil } from '../support/wait';
import type { BrowserDriver, EngineName, LaunchDriver } from './browser-driver';
import { JourneyPage, pattern } from './journey-page';

/* Æ, ø and å on purpose: each engine's key input has to get Danish letters into the field. */
const NOTE = 'Spørg eleverne, hvad de vil se på værkstedet';

/** Runs named steps, timing each; a failure says which step (and so which part of the app) broke. */
function stepper(engine: EngineName) {
  const timings: string[] = [];
  return {
    timings,
    async step<T>(name: string, body: () => Promise<T>): Promise<T> {
      const started = Date.now();
      try {
        return await body();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${engine}, step "${name}": ${message}`, { cause: error });
      } finally {
        timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    },
  };
}

/**
 * A copy of dist/. `evalAllowed`: WebKitGTK's WebDriver runs the test's scripts as strings, which the
 * pages' policy refuses (no 'unsafe-eval'), so for WebKit every page's policy also allows eval (every
 * other directive, the script and style hashes included, stays active). `withoutOffline`: a service
 * worker with no fetch handler, so every navigation reaches the server's own prerendered page (the
 * real one answers a card's address with index.html, drawn afresh).
 */
export function distCopy({ evalAllowed = false, withoutOffline = false }): string {
  const dir = mkdtempSync(join(tmpdir(), 'samarbejdskort-dist-'));
  cpSync(resolve(PROJECT_ROOT, defaultDistDir()), dir, { recursive: true });
  if (evalAllowed) {
    for (const path of prerenderedPaths(dir)) {
      const file = join(dir, path === '/' ? 'index.html' : path.endsWith('.html') ? path : `${path}.html`);
      writeFileSync(file, readFileSync(file, 'utf8').replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"));
    }
  }
  if (withoutOffline) writeFileSync(join(dir, 'sw.js'), '// No fetch handler: the network answers.\n');
  return dir;
}

export function defineCoreJourney(engine: EngineName, launch: LaunchDriver): void {
  describe(`core journey in ${engine}`, () => {
    test(
      'pick a pair, flip a card, write a note; find it after a reload, offline, and from a deep link',
      { timeout: 300_000 },
      async (t) => {
        const started = Date.now();
        const { step, timings } = stepper(engine);
        let server: PreviewServer | undefined;
        let driver: BrowserDriver | undefined;
        try {
          server = await step('start server', () =>
            startPreview(engine === 'webkit' ? { distDir: distCopy({ evalAllowed: true }) } : {}),
          );
          const live = server;
          const launched = await step('launch', () => launch({ viewport: TABLET }));
          driver = launched;
          t.diagnostic(`${engine}: ${driver.version}`);
          const page = new JourneyPage(driver, live.origin);

          // Chromium's sweep is prerender.spec.ts (with its service worker blocked per context).
          if (engine !== 'chromium')
            await step('every prerendered page hydrates without a difference', async () => {
              const plain = await startPreview({
                distDir: distCopy({ evalAllowed: engine === 'webkit', withoutOffline: true }),
              });
              try {
                const paths = prerenderedPaths();
                assert.ok(
                  paths.length >= 50,
                  `expected the start page, 16 decks, the cards and not found: ${paths.length}`,
                );
                const sweep = new JourneyPage(launched, plain.origin);
                for (const path of paths) {
                  // Straight to the next page: the app's idle loads need not settle here.
                  await launched.goto(plain.url(path));
                  const { removed, interactive, app } = await sweep.hydrate();
                  await sweep.collect();
                  assert.ok(interactive && app, `${path}: the app should wake and be on the page`);
                  // The menu's install item is drawn for Chromium, then for this browser's own way (none in
                  // Firefox and desktop WebKit): a second render by design, not a hydration difference.
                  const redrawn = removed.filter((html) => !html.startsWith('<button id="install-menu-item"'));
                  assert.deepEqual(redrawn, [], `${path}: hydration should keep the prerendered markup`);
                  assert.deepEqual(sweep.errors, [], `${path}: no error while hydrating`);
                }
                // The engine may report the last page's requests late: take them here, not in the journey's.
                await launched.goto('about:blank');
                await sweep.collect();
                assert.deepEqual([...sweep.foreign], [], "no request may leave the app's origin");
              } finally {
                await plain.stop();
              }
            });

          await step('open the start page', async () => {
            await page.goto(live.url('/'));
            await page.getByRole('heading', 'Samarbejdskort').waitFor();
            await page.audit('the start page');
            // The app registers its service worker after the first paint; wait until it is active. Installing
            // means precaching about 400 kB, which a busy machine can stretch well past ten seconds.
            assert.ok((await page.serviceWorker()).supported, 'the browser should support service workers');
            let state: string | null = null;
            await waitUntil(
              'an active service worker',
              async () => {
                state = (await page.serviceWorker()).activeState;
                return state === 'activated' || state === 'activating';
              },
              { timeoutMs: 90_000, intervalMs: 250 },
            ).catch((error: unknown) => {
              throw new Error(`${String(error)}; service worker state ${state}`);
            });
          });

          const cardId = await step('choose a pair and go to the second card', async () => {
            await page.getByRole('radio', 'Lærer', { role: 'group', name: 'Jeg er …' }).click();
            await page
              .getByRole('radio', pattern(/^Virksomhed\b/), { role: 'group', name: '… og samarbejder med …' })
              .click();
            await page.getByRole('button', 'Vis kortene').click();
            await page.waitForText('1 af 3');
            assert.equal(await page.path(), DECK_PATH);
            await page.getByRole('button', 'Næste kort').click();
            await page.waitForText('2 af 3');
            // The address names the card: /kort/<from>/<to>/<cardId>.
            return waitUntil('a card id in the address', async () => {
              const parts = (await page.path()).split('/').filter(Boolean);
              return parts.length === 4 ? parts[3] : undefined;
            });
          });

          const noteField = page.getByRole('textbox', 'Din note');
          await step('flip the card and write a note', async () => {
            await page.getByRole('button', pattern(/^Vend kortet/)).click();
            await noteField.waitFor();
            await noteField.type(NOTE);
            await waitUntil(`the note stored under ${cardId}`, async () => {
              const notes = await page.storedNotes(NOTES_DB, NOTES_STORE);
              return notes.some((n) => n.cardId === cardId && n.text === NOTE);
            });
            await page.audit('the back of a card with a note');
          });

          await step('reload and find the note', async () => {
            await page.reload();
            await page.waitForText('2 af 3');
            await page.getByRole('button', pattern(/^Vend kortet/)).click();
            await page.waitForValue(noteField, NOTE);
          });

          await step('service worker in control', async () => {
            const sw = await page.serviceWorker();
            assert.ok(
              sw.controlled,
              `after a reload the service worker should control the page (state ${sw.activeState})`,
            );
          });

          await step('stop the server and reload', async () => {
            await page.collect();
            await live.stop();
            assert.match(await page.fetchUncached(), /^failed/, 'with the server gone an uncached URL should not load');
            await page.reload();
            await page.waitForText('2 af 3');
            await page.getByRole('button', pattern(/^Vend kortet/)).waitFor();
            assert.ok(
              (await page.serviceWorker()).controlled,
              'the offline reload should be controlled by the service worker',
            );
          });

          await step('open a deep link to the card, offline', async () => {
            await page.goto(live.url('/'));
            await page.getByRole('heading', 'Samarbejdskort').waitFor();
            await page.goto(live.url(`${DECK_PATH}/${cardId}`));
            await page.waitForText('2 af 3');
            await page.getByRole('button', pattern(/^Vend kortet/)).click();
            await page.waitForValue(noteField, NOTE);
          });

          await page.collect();
          assert.deepEqual([...page.foreign], [], "no request may leave the app's origin");
          assert.deepEqual(page.errors, [], 'no uncaught error in the page');
        } finally {
          await driver?.close();
          await server?.stop();
          t.diagnostic(`${engine}: ${((Date.now() - started) / 1000).toFixed(1)} s (${timings.join(', ')})`);
        }
      },
    );
  });
}

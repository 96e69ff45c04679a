/**
 * Fault injection where the browser matters: a tab closed 50 ms after typing, a reload 50 ms after
 * typing while offline, a service-worker update while a note is being typed, two real tabs on one
 * note (BroadcastChannel, and the storage-event fallback), and a browser without IndexedDB.
 * Each journey ends by reading the note back: none may be lost. The unit-level cases are in
 * tests/storage/fault-injection.test.ts.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { CONTENT_TYPES } from '../../server/content-types';
import {
  DECK_PATH,
  flipCard,
  noteField,
  waitForNoteInField,
  offlineStatus,
  progress,
  readStoredNote,
  waitForCardIdInUrl,
  waitForStoredNote,
} from './support/app';
import { assertNoAxeViolations } from './support/axe';
import { launchBrowser } from './support/chromium';
import { defaultDistDir, freePort } from './support/preview-server';
import { guardRequests } from './support/request-guard';
import { waitForServiceWorkerControl } from './support/service-worker';
import { e2eSession } from './support/session';
import { assertTouchTargets } from './support/touch-targets';
import { waitUntil } from './support/wait';

const session = e2eSession();

/** Each journey writes on its own card, so notes of one never meet another's. */
const CARDS = { close: 2, offline: 3, tabs: 2, update: 3, memory: 2 } as const;
const OTHER_DECK = '/kort/laerer/elev';

/** Opens card `position` (2 or 3: the first has no id in the address yet) and flips it; its id. */
async function openDeckCard(page: Page, origin: string, position: 2 | 3, deck = DECK_PATH): Promise<string> {
  await page.goto(`${origin}${deck}`);
  await progress(page, 1, 3).waitFor();
  for (let at = 2; at <= position; at += 1) {
    await page.getByRole('button', { name: 'Næste kort', exact: true }).click();
    await progress(page, at, 3).waitFor();
  }
  const cardId = await waitForCardIdInUrl(page);
  await flipCard(page);
  return cardId;
}

/** Opens a card by its address and flips it. */
async function openCard(page: Page, origin: string, cardId: string, position: 2 | 3, deck = DECK_PATH): Promise<void> {
  await page.goto(`${origin}${deck}/${cardId}`);
  await progress(page, position, 3).waitFor();
  await flipCard(page);
}

describe('notes under faults (real Chromium)', () => {
  session.journey(
    'a note typed 50 ms before the tab is closed is there when the deck is opened again',
    async ({ server, context }) => {
      const page = await context.newPage();
      const cardId = await openDeckCard(page, server.origin, CARDS.close);
      await noteField(page).focus();
      const note = 'Skrevet 50 ms før fanen blev lukket';
      await page.keyboard.type(note);
      await page.waitForTimeout(50);
      await page.close({ runBeforeUnload: true });
      if (!page.isClosed()) await page.waitForEvent('close', { timeout: 5_000 });

      const next = await context.newPage();
      await openCard(next, server.origin, cardId, CARDS.close);
      await waitForNoteInField(next, note, 'the note typed before the tab was closed');
      await next.close();
    },
  );

  session.journey(
    'a note typed 50 ms before a reload while offline is there after the reload',
    async ({ server, context, page }) => {
      await page.goto(server.url('/'));
      // Active means installed, and installing means everything is precached.
      await waitForServiceWorkerControl(page);
      const cardId = await openDeckCard(page, server.origin, CARDS.offline);
      await context.setOffline(true);
      try {
        await noteField(page).focus();
        const note = 'Skrevet uden net lige før genindlæsning';
        await page.keyboard.type(note);
        await page.waitForTimeout(50);
        const reloaded = await page.reload();
        assert.ok(reloaded?.fromServiceWorker(), 'offline, the service worker answers the reload');
        await progress(page, CARDS.offline, 3).waitFor();
        await flipCard(page);
        await waitForNoteInField(page, note, 'the note typed before the offline reload');
        assert.equal((await readStoredNote(page, cardId))?.text, note);
      } finally {
        await context.setOffline(false);
      }
    },
    { timeoutMs: 90_000 },
  );

  session.journey(
    'two tabs: the other tab follows at once, and typing in both ends in a choice, not a loss',
    async ({ server, context }) => {
      const first = await context.newPage();
      const second = await context.newPage();
      const cardId = await openDeckCard(first, server.origin, CARDS.tabs, OTHER_DECK);
      await openCard(second, server.origin, cardId, CARDS.tabs, OTHER_DECK);

      // Not typing in the second tab: it shows the first tab's note as soon as it is saved.
      await noteField(first).fill('Fra fane 1');
      await waitUntil(
        'the second tab to show the first tab’s note',
        async () => (await noteField(second).inputValue()) === 'Fra fane 1',
      );

      // Typing in both: the one that types second must not overwrite the other.
      await noteField(first).fill('Fane 1 skriver videre');
      await noteField(second).fill('Fane 2 skriver også');
      const conflictIn = await waitUntil('a conflict in one of the tabs', async () => {
        for (const page of [first, second])
          if (await page.getByRole('alert').filter({ hasText: 'ændret i en anden fane' }).isVisible()) return page;
        return undefined;
      });
      const other = conflictIn === first ? second : first;
      const mine = await noteField(conflictIn).inputValue();
      const theirs = await noteField(other).inputValue();
      assert.notEqual(mine, theirs);
      await assertNoAxeViolations(conflictIn, 'the conflict panel');
      await assertTouchTargets(conflictIn, 'the conflict panel');

      await conflictIn.getByRole('button', { name: 'Behold begge' }).click();
      const both = `${mine}\n\n${theirs}`;
      await waitForStoredNote(conflictIn, cardId, both);
      await waitUntil('the other tab to show both texts', async () => (await noteField(other).inputValue()) === both);
      await first.close();
      await second.close();
    },
  );

  session.journey('two tabs in a browser without BroadcastChannel: the storage event carries the change', async () => {
    const browser = await launchBrowser();
    const { origin, stop } = await serveCopy(defaultDistDir());
    try {
      const { context } = browser;
      await context.addInitScript('delete window.BroadcastChannel;');
      const guard = guardRequests(context, origin);
      const first = context.pages()[0] ?? (await context.newPage());
      const second = await context.newPage();
      const cardId = await openDeckCard(first, origin, CARDS.tabs);
      await openCard(second, origin, cardId, CARDS.tabs);
      assert.equal(await second.evaluate(() => typeof BroadcastChannel), 'undefined');
      await noteField(first).fill('Over localStorage');
      await waitUntil(
        'the second tab to follow',
        async () => (await noteField(second).inputValue()) === 'Over localStorage',
      );
      guard.assertNone();
    } finally {
      await browser.close();
      await stop();
    }
  });

  session.journey(
    'a browser without IndexedDB: notes work for the visit, the app says so, and they can be saved to a file',
    async () => {
      const browser = await launchBrowser();
      try {
        const { context } = browser;
        // A private window of an old Safari, or storage blocked by policy.
        await context.addInitScript('Object.defineProperty(window, "indexedDB", { value: undefined });');
        const page = context.pages()[0] ?? (await context.newPage());
        const { origin, stop } = await serveCopy(defaultDistDir());
        const guard = guardRequests(context, origin);
        try {
          await openDeckCard(page, origin, CARDS.memory);
          await page.getByText('Noten gemmes ikke i denne browser: den forsvinder, når fanen lukkes.').waitFor();
          await noteField(page).fill('Kun i hukommelsen');
          await page.getByRole('link', { name: 'Gem dine noter i en fil' }).click();
          await page.getByRole('heading', { level: 1, name: 'Mine noter' }).waitFor();
          await page.getByText(/kan ikke gemmes i denne browser/i).waitFor();
          const download = page.waitForEvent('download');
          await page.getByRole('button', { name: 'Gem sikkerhedskopi (fil)' }).click();
          const file = await (await download).path();
          const backup = JSON.parse(await readFile(file, 'utf8')) as { notes: { text: string }[] };
          assert.deepEqual(
            backup.notes.map((note) => note.text),
            ['Kun i hukommelsen'],
          );
          await assertNoAxeViolations(page, 'notes page without IndexedDB');
          guard.assertNone();
        } finally {
          await stop();
        }
      } finally {
        await browser.close();
      }
    },
  );
});

/** Serves a copy of the build that the test may change (a new sw.js), with no caching at all. */
async function serveCopy(dist: string): Promise<{ origin: string; dir: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'samarbejdskort-dist-'));
  await cp(dist, dir, { recursive: true });
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
        /^(\.\.[/\\])+/,
        '',
      );
      const file = extname(path) ? join(dir, path) : join(dir, 'index.html');
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    dir,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

test(
  'a service-worker update while a note is being typed: the update waits for the note, and nothing is lost',
  { timeout: 90_000 },
  async () => {
    const browser = await launchBrowser();
    const { origin, dir, stop } = await serveCopy(defaultDistDir());
    const errors: string[] = [];
    try {
      const { context } = browser;
      const guard = guardRequests(context, origin);
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/`);
      await offlineStatus(page).waitFor({ state: 'visible', timeout: 20_000 });
      await waitForServiceWorkerControl(page);
      const cardId = await openDeckCard(page, origin, CARDS.update);

      // A new release is deployed: a changed sw.js.
      const sw = join(dir, 'sw.js');
      await writeFile(sw, `${await readFile(sw, 'utf8')}\n// next release ${Date.now()}\n`);
      await noteField(page).focus();
      await page.keyboard.type('Skrevet mens appen ');
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const updateNow = page.getByRole('button', { name: 'Opdater nu' });
      await updateNow.waitFor({ timeout: 20_000 });
      // Still typing when the prompt is answered: the last words are not saved yet.
      await page.keyboard.type('blev opdateret');
      // Listening before the tap: the reload may be done before a wait that starts after it. The new
      // version's activation is slow on a loaded machine (two suites side by side once took over 20 s).
      const reloaded = page.waitForEvent('load', { timeout: 60_000 });
      await updateNow.click();
      await reloaded;
      await progress(page, CARDS.update, 3).waitFor();
      await flipCard(page);
      await waitForNoteInField(page, 'Skrevet mens appen blev opdateret', 'the note typed during the update');
      assert.equal((await readStoredNote(page, cardId))?.text, 'Skrevet mens appen blev opdateret');
      guard.assertNone();
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await stop();
    }
  },
);

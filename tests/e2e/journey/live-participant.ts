/**
 * The live room's participant journey in another engine (firefox.spec.ts, webkit.spec.ts): a school
 * tablet joins a room whose facilitator (Chromium, as in live.spec.ts) moves to the next card, and the
 * tablet follows without a reload. The rest of the live room is live.spec.ts's, in Chromium.
 */
import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { startServerProcess } from '../../support/live-server-process';
import type { ServerProcess } from '../../support/live-server-process';
import { chromePath, CHROMIUM_ARGS, TABLET } from '../support/chromium';
import type { BrowserDriver, EngineName, LaunchDriver } from './browser-driver';
import { distCopy } from './core-journey';
import { JourneyPage } from './journey-page';

/** A busy machine runs two browsers and the server here: waits are for events, this only catches a hang. */
const WAIT_MS = 30_000;

export function defineLiveParticipantJourney(engine: EngineName, launch: LaunchDriver): void {
  describe(`live participant in ${engine}`, () => {
    test("joins a room and follows the facilitator's card", { timeout: 180_000 }, async (t) => {
      let server: ServerProcess | undefined;
      let controller: Browser | undefined;
      let driver: BrowserDriver | undefined;
      try {
        server = await startServerProcess({
          secret: `live participant in ${engine}`,
          ...(engine === 'webkit' ? { distDir: distCopy({ evalAllowed: true }) } : { app: true }),
        });
        const origin = `http://127.0.0.1:${server.port}`;
        const { room, tokens } = (await (await fetch(`${origin}/api/rooms`, { method: 'POST' })).json()) as {
          room: string;
          tokens: Record<'facilitator' | 'projector' | 'participant', string>;
        };

        // Sealed, as on https: the engine opens the room's values with WebCrypto.
        const k = `&k=${randomBytes(32).toString('base64url')}`;
        controller = await chromium.launch({ executablePath: chromePath(), headless: true, args: [...CHROMIUM_ARGS] });
        const host = await controller.newPage({ viewport: TABLET, locale: 'da-DK' });
        host.setDefaultTimeout(WAIT_MS);
        await host.goto(
          `${origin}/live/styr?kort=elev/virksomhed#r=${room}&t=${tokens.facilitator}&p=${tokens.projector}${k}`,
        );
        await host.locator('.live-status', { hasText: 'Forbundet' }).waitFor();
        const title = async () => (await host.locator('.pcard__title').textContent()) ?? '';

        driver = await launch({ viewport: TABLET });
        t.diagnostic(`${engine}: ${driver.version}`);
        const page = new JourneyPage(driver, origin);
        await page.goto(`${origin}/live#r=${room}&t=${tokens.participant}${k}`);
        await page.getByRole('heading', await title()).waitFor(WAIT_MS);

        const before = await title();
        await host.getByRole('button', { name: 'Næste' }).click();
        await host.waitForFunction((shown) => document.querySelector('.pcard__title')?.textContent !== shown, before);
        const next = await title();
        assert.notEqual(next, before);
        await page.getByRole('heading', next).waitFor(WAIT_MS);

        await page.collect();
        assert.deepEqual([...page.foreign], [], "no request may leave the app's origin");
        assert.deepEqual(page.errors, [], 'no uncaught error in the page');
      } finally {
        await driver?.close();
        await controller?.close();
        await server?.kill();
      }
    });
  });
}

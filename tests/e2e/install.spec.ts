import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { ensureSomeNote } from './support/app';
import { assertNoAxeViolations } from './support/axe';
import { PHONE, TABLET, TABLET_LANDSCAPE } from './support/chromium';
import { e2eSession } from './support/session';
import { assertTouchTargets } from './support/touch-targets';
import { waitUntil } from './support/wait';

// A Chromebook's and a landscape iPad's width: the header shows its menu items (below 992 px they sit in
// the closed Menu popover; auditBoth still audits phone and tablet portrait).
const session = e2eSession({ viewport: TABLET_LANDSCAPE });

const DISMISSED_KEY = 'samarbejdskort.installSuggestionDismissed';

function banner(page: Page) {
  return page.getByRole('banner').filter({ has: page.getByRole('navigation') });
}

/** The install chunk has loaded (it answers a tap on the menu item at once, and listens for the event). */
async function installChunkLoaded(page: Page): Promise<void> {
  await waitUntil('the install chunk', () =>
    page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => /\/assets\/install-offer-[^/]*\.js$/.test(e.name)),
    ),
  );
}

async function auditBoth(page: Page, label: string): Promise<void> {
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['tablet', TABLET],
  ] as const) {
    await page.setViewportSize(viewport);
    await assertNoAxeViolations(page, `${label} (${name})`);
    await assertTouchTargets(page, `${label} (${name})`);
  }
}

describe('installing', () => {
  session.journey(
    'Chromebook: a menu item from the start, a suggestion only after real use, remembered once dismissed',
    async ({ server, page }) => {
      await page.goto(server.url('/'));
      const menuItem = banner(page).getByRole('button', { name: 'Installér appen' });
      await menuItem.waitFor();
      // Chromium sends beforeinstallprompt for this app; index.html keeps it (and the browser's banner away).
      await waitUntil('beforeinstallprompt to be caught', () =>
        page.evaluate(() => 'samarbejdskortInstallPrompt' in window),
      );
      await installChunkLoaded(page);
      const suggestion = page.getByRole('region', { name: 'Installér Samarbejdskort' });
      assert.equal(await suggestion.count(), 0, 'no install suggestion on a first load');

      await ensureSomeNote(page, server.origin);
      await page.getByRole('link', { name: 'Start', exact: true }).click();
      await suggestion.waitFor();
      await auditBoth(page, 'the install suggestion');
      await page.setViewportSize(TABLET_LANDSCAPE);

      await suggestion.getByRole('button', { name: 'Ikke nu' }).click();
      await suggestion.waitFor({ state: 'detached' });
      assert.ok(await menuItem.evaluate((el) => el === document.activeElement), 'focus should return to the menu item');
      await page.reload();
      await installChunkLoaded(page);
      await menuItem.waitFor();
      assert.equal(await suggestion.count(), 0, 'a dismissed suggestion stays away after a reload');

      // The menu item asks the browser's own dialog (a stand-in event: headless Chromium has no dialog to answer).
      await page.evaluate(() => {
        const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
          prompt: () => {
            (window as unknown as { prompted: boolean }).prompted = true;
            return Promise.resolve();
          },
          userChoice: Promise.resolve({ outcome: 'dismissed' }),
        });
        window.dispatchEvent(event);
      });
      await menuItem.click();
      await waitUntil('the install dialog', () =>
        page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted === true),
      );
    },
  );

  session.journey(
    "iPad in Safari: the Home Screen guide after real use, from the menu, and Safari's 7-day rule on the notes page",
    async ({ server, context, page }) => {
      // What Safari on iPadOS shows the app in a tab (Apple's navigator.standalone); the last journey here.
      await context.addInitScript(
        'Object.defineProperty(Navigator.prototype, "standalone", { configurable: true, get: () => false });',
      );
      await page.goto(server.url('/'));
      await page.evaluate((key) => localStorage.removeItem(key), DISMISSED_KEY);
      await ensureSomeNote(page, server.origin);
      await page.goto(server.url('/'));

      const menuItem = banner(page).getByRole('button', { name: 'Føj til hjemmeskærm' });
      await menuItem.waitFor();
      const guide = page.getByRole('region', { name: 'Læg appen på hjemmeskærmen' });
      await guide.waitFor();
      const text = await guide.textContent();
      assert.match(text ?? '', /Del-knappen/);
      assert.match(text ?? '', /„Føj til hjemmeskærm“/);
      assert.match(text ?? '', /7 dage/);
      await auditBoth(page, 'the Home Screen guide');
      await page.setViewportSize(TABLET_LANDSCAPE);

      await guide.getByRole('button', { name: 'Luk' }).click();
      await guide.waitFor({ state: 'detached' });
      await page.reload();
      await installChunkLoaded(page);
      assert.equal(await guide.count(), 0, 'a closed guide does not come back by itself');

      await menuItem.click();
      await guide.waitFor();
      assert.ok(
        await guide.getByRole('heading').evaluate((el) => el === document.activeElement),
        'the guide should take focus when asked for',
      );
      await guide.getByRole('button', { name: 'Luk' }).click();
      assert.ok(await menuItem.evaluate((el) => el === document.activeElement), 'focus should return to the menu item');

      await page.goto(server.url('/noter'));
      const note = page.getByRole('region', { name: 'Safari og dine noter' });
      await note.waitFor();
      assert.match((await note.textContent()) ?? '', /7 dage/);
      await auditBoth(page, 'the notes page on an iPad');
      await page.setViewportSize(TABLET_LANDSCAPE);
      await note.getByRole('button', { name: 'Sådan lægger du appen på hjemmeskærmen' }).click();
      await guide.waitFor();
    },
  );
});

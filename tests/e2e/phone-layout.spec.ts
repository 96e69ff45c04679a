import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { cardFace, DECK_PATH, offlineStatus, progress } from './support/app';
import { PHONE, TABLET } from './support/chromium';
import type { Viewport } from './support/chromium';
import { e2eSession } from './support/session';

const session = e2eSession();

const VIEWPORTS: readonly [string, Viewport][] = [
  ['phone 390×844', PHONE],
  ['tablet 820×1180', TABLET],
];

/** The card's title (the face button's big line) and the button to the next card lie wholly inside the window. */
async function assertTitleInView(page: Page, how: string): Promise<void> {
  await progress(page, 1, 3).waitFor();
  // The title's text itself, not its box (which fills the card's middle).
  const box = await cardFace(page)
    .locator('.card__title')
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rect = range.getBoundingClientRect();
      return { y: rect.y, height: rect.height };
    });
  const height = page.viewportSize()?.height ?? 0;
  assert.ok(box, `${how}: the card title has a box`);
  assert.ok(
    box.y >= 0 && box.y + box.height <= height,
    `${how}: the title (y ${Math.round(box.y)}–${Math.round(box.y + box.height)}) is in the ${height} px window`,
  );
  // The face is card-sized, not stretched to the height of its back: the way on is in view too.
  const next = await page.getByRole('button', { name: 'Næste kort' }).boundingBox();
  assert.ok(
    next && next.y >= 0 && next.y + next.height <= height,
    `${how}: "Næste kort" (y ${next?.y}–${next && next.y + next.height}) is in the ${height} px window`,
  );
}

describe('phone and tablet layout', () => {
  // First: the service worker installs (and says "Klar til offline") once per browser profile.
  session.journey(
    'phone: the header is one row, its menu holds every link, and a status never covers it',
    async ({ server, page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(server.url(DECK_PATH));
      await progress(page, 1, 3).waitFor();
      const header = await page.locator('header').boundingBox();
      assert.ok(header && header.height <= 120, `the header is ${header?.height} px tall`);

      await page.getByRole('button', { name: 'Menu' }).click();
      const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
      for (const link of ['Start', 'Søg', 'Mine kort', 'Mine noter', 'Om notatet']) {
        const box = await menu.getByRole('link', { name: link, exact: true }).boundingBox();
        assert.ok(box && box.height >= 44, `${link} in the menu is ${box?.height} px tall`);
      }
      await menu.getByRole('button', { name: 'English' }).waitFor();

      // "Klar til offline" comes once the service worker has cached the app: below the header and the open menu.
      await offlineStatus(page).waitFor({ state: 'attached', timeout: 20_000 });
      const statusBox = await page.locator('.shell-status').boundingBox();
      const menuBox = await menu.boundingBox();
      assert.ok(statusBox && menuBox && header, 'status, menu and header have boxes');
      for (const [what, box] of [
        ['header', header],
        ['menu', menuBox],
      ] as const) {
        const overlaps = statusBox.y < box.y + box.height && box.y < statusBox.y + statusBox.height;
        assert.ok(
          !overlaps,
          `the status (y ${statusBox.y}–${statusBox.y + statusBox.height}) overlaps the ${what} (y ${box.y}–${box.y + box.height})`,
        );
      }
      // It then leaves the screen by itself, its words still in the live region for screen readers.
      await page.locator('.pwa-status__message').waitFor({ state: 'detached', timeout: 20_000 });
      await offlineStatus(page).waitFor({ state: 'attached' });
    },
  );

  for (const [name, viewport] of VIEWPORTS) {
    session.journey(
      `${name}: the deck opens at its top from the picker and from the table`,
      async ({ server, page }) => {
        await page.setViewportSize(viewport);
        await page.goto(server.url('/'));
        await page.getByRole('radio', { name: 'Lærer' }).first().check();
        await page.getByRole('radio', { name: 'Virksomhed 3 kort' }).check();
        const submit = page.getByRole('button', { name: 'Vis kortene' });
        await submit.scrollIntoViewIfNeeded();
        await submit.click();
        await assertTitleInView(page, 'from the picker');

        await page.goBack();
        const cell = page.locator('a.pair-matrix__link[href="/kort/laerer/virksomhed"]');
        // As a reader would arrive at it: from the end of the start page.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await cell.scrollIntoViewIfNeeded();
        await cell.click();
        await assertTitleInView(page, 'from the table');
      },
    );
  }
});

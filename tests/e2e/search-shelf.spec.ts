import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { cardFace, flipCard } from './support/app';
import { audit } from './support/audit';
import { PHONE, TABLET } from './support/chromium';
import { waitForServiceWorkerControl } from './support/service-worker';
import { e2eSession } from './support/session';
import { waitUntil } from './support/wait';

const session = e2eSession();

/** A link of the header's menu; below 992 px it sits in the Menu popover, which is opened first. */
async function menuLink(page: Page, name: string): Promise<Locator> {
  const link = page.getByRole('navigation', { name: 'Hovedmenu', includeHidden: true }).getByRole('link', { name });
  await page.getByRole('button', { name: 'Menu', exact: true }).waitFor({ state: 'attached' });
  if (!(await link.isVisible())) await page.getByRole('button', { name: 'Menu', exact: true }).click();
  return link;
}

function searchField(page: Page) {
  return page.getByRole('searchbox', { name: 'Søg i kort, aktørprofiler og dine noter' });
}

function results(page: Page) {
  return page.getByRole('list', { name: 'Søgeresultater' });
}

/** The card title on the face shown (its accessible name is "Vend kortet: <title> (…)"). */
async function shownTitle(page: Page): Promise<string> {
  const name = (await cardFace(page).getAttribute('aria-label')) ?? '';
  return name.replace(/^Vend kortet: /, '').replace(/ \(.*\)$/, '');
}

describe('search, stars and own decks', () => {
  session.journey('search → open the card → star it → find it in "Mine kort"', async ({ server, page }) => {
    await page.goto(server.url('/'));
    await (await menuLink(page, 'Søg')).click();
    // Typed the way a tablet keyboard without æ, ø, å would, with a slip: "samarbjede".
    await searchField(page).fill('samarbjede');
    const first = results(page).getByRole('link').first();
    await first.waitFor();
    assert.ok((await results(page).locator('mark').count()) > 0, 'the matching words should be marked');
    await waitUntil('the query in the address', () => new URL(page.url()).searchParams.get('q') === 'samarbjede');
    await audit(page, 'search results (tablet)');
    await page.setViewportSize(PHONE);
    await audit(page, 'search results (phone)');
    await page.setViewportSize(TABLET);

    const title = (await first.textContent()) ?? '';
    await first.click();
    await waitUntil(`the card's address (now ${page.url()})`, () => new URL(page.url()).pathname.startsWith('/kort/'));
    assert.equal(await shownTitle(page), title, 'the result should open its card');

    const star = page.getByRole('button', { name: 'Stjernemarkér', pressed: false });
    await star.click();
    await page.getByRole('button', { name: 'Stjernemarkér', pressed: true }).waitFor();
    await audit(page, 'deck face with its tools');
    await flipCard(page);
    await audit(page, 'deck back with its tools');

    await (await menuLink(page, 'Mine kort')).click();
    const starred = page.getByRole('list', { name: 'Stjernemarkerede kort' });
    await starred.getByRole('link', { name: title }).waitFor();
    await audit(page, '"Mine kort"');

    // A reload (or next week): the star is kept on the device.
    await page.reload();
    await starred.getByRole('link', { name: title }).waitFor();
  });

  session.journey('a shuffle link deals the same order on every tablet', async ({ server, context, page }) => {
    const deal = async (target: Page, path: string): Promise<string[]> => {
      await target.goto(server.url(path));
      const titles: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        await cardFace(target).waitFor();
        titles.push(await shownTitle(target));
        await target.getByRole('button', { name: /næste kort/i }).click();
        await waitUntil('the next card', async () => (await shownTitle(target)) !== titles[titles.length - 1]);
      }
      return titles;
    };
    const here = await deal(page, '/kort/laerer/alle?bland=abc123');
    const other = await context.newPage();
    try {
      assert.deepEqual(
        await deal(other, '/kort/laerer/alle?bland=abc123'),
        here,
        'the same seed should deal the same order',
      );
    } finally {
      await other.close();
    }
    // The seed really shuffles: the note's own order differs.
    assert.notDeepEqual(await deal(page, '/kort/laerer/alle'), here);
  });

  session.journey('put cards aside and bring them back; draw one at random', async ({ server, page }) => {
    await page.goto(server.url('/kort/laerer/virksomhed'));
    await page.getByText('1 af 3', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Læg til side' }).click();
    await page.getByText('1 af 2', { exact: true }).waitFor();
    await page.getByText('1 kort er lagt til side.').waitFor();
    await audit(page, 'deck with a card put aside');
    await page.reload();
    await page.getByText('1 af 2', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Tag dem tilbage' }).click();
    await page.getByText(/af 3$/).waitFor();
    const before = await shownTitle(page);
    await page.getByRole('button', { name: 'Træk et kort' }).click();
    await waitUntil('another card', async () => (await shownTitle(page)) !== before);
  });

  session.journey(
    'make an own deck from the starred cards, share it as a link and open the link',
    async ({ server, context, page }) => {
      // A star on two cards (one may have its star from an earlier journey in this profile).
      await page.goto(server.url('/kort/virksomhed/laerer'));
      for (let i = 0; i < 2; i += 1) {
        const unstarred = page.getByRole('button', { name: 'Stjernemarkér', pressed: false });
        const starred = page.getByRole('button', { name: 'Stjernemarkér', pressed: true });
        await unstarred.or(starred).waitFor();
        if (await unstarred.isVisible()) await unstarred.click();
        await starred.waitFor();
        if (i === 0) await page.getByRole('button', { name: /næste kort/i }).click();
      }
      await page.goto(server.url('/mine-kort'));
      const rows = page.getByRole('list', { name: 'Stjernemarkerede kort' }).getByRole('listitem');
      const count = await waitUntil('two starred cards or more', async () => {
        const n = await rows.count();
        return n >= 2 ? n : undefined;
      });
      await page.getByRole('link', { name: 'Lav et kortspil af dem' }).click();
      const name = page.getByRole('textbox', { name: 'Navn på kortspillet' });
      await name.fill('Besøg hos Danfoss');
      await page.getByRole('heading', { name: `Valgt: ${count} kort` }).waitFor();
      await audit(page, 'own deck editor');
      await page
        .getByRole('button', { name: /^Flyt .* op$/ })
        .last()
        .click();
      await page.getByRole('button', { name: 'Gem kortspillet' }).click();
      await page.getByRole('heading', { level: 1, name: 'Besøg hos Danfoss' }).waitFor();
      await cardFace(page).waitFor();
      await audit(page, 'own deck, played');
      const order = [await shownTitle(page)];
      await page.getByRole('button', { name: /næste kort/i }).click();
      await waitUntil('the second card', async () => (await shownTitle(page)) !== order[0]);
      order.push(await shownTitle(page));

      await page.getByText('Vis linket').click();
      const link = await page.getByRole('textbox', { name: 'Link til Besøg hos Danfoss' }).inputValue();
      assert.match(link, /\/egne-kort\/delt\?navn=Bes%C3%B8g%20hos%20Danfoss&kort=/);

      await page.goto(server.url('/egne-kort'));
      await page
        .getByRole('list', { name: 'Dine kortspil' })
        .getByRole('link', { name: 'Besøg hos Danfoss', exact: true })
        .waitFor();
      await audit(page, 'own decks');

      // Another tablet (a fresh profile would be truer; a new page shows the link carries everything).
      const other = await context.newPage();
      try {
        await other.goto(link);
        await other.getByRole('heading', { level: 1, name: 'Besøg hos Danfoss' }).waitFor();
        assert.equal(await shownTitle(other), order[0]);
        await audit(other, 'shared deck');
      } finally {
        await other.close();
      }
    },
  );

  session.journey('search works offline, like everything else', async ({ server, context, page }) => {
    // The service worker may have installed in an earlier journey of this profile: wait for its control.
    await page.goto(server.url('/'));
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    try {
      await page.goto(server.url('/soeg?q=virksomheden'));
      await results(page).getByRole('link').first().waitFor();
      await (await menuLink(page, 'Mine kort')).click();
      await page.getByRole('heading', { level: 1, name: 'Mine kort' }).waitFor();
    } finally {
      await context.setOffline(false);
    }
  });
});

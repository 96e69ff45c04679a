import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { loaderScriptUrls } from '../../scripts/prerender-plugin';
import { cardFace, DECK_PATH, noteField } from './support/app';
import { chromePath, CHROMIUM_ARGS } from './support/chromium';
import { defaultDistDir, prerenderedPaths } from './support/preview-server';
import { e2eSession } from './support/session';

const session = e2eSession();

const PAGES = prerenderedPaths();
const PAIR_PAGES = PAGES.filter((path) => /^\/kort\/[a-z]+\/[a-z]+$/.test(path));

/** The entry script, as the pages' after-paint loader asks for it (its first URL). */
const ENTRY = loaderScriptUrls(readFileSync(resolve(defaultDistDir(), 'index.html'), 'utf8'))[0];
assert.ok(ENTRY, 'index.html should load an entry script after the first paint');
const ENTRY_URL = `**${ENTRY}`;

/** Set by src/app/main.tsx once React listens and the page is its own. */
const INTERACTIVE = 'samarbejdskort:interactive';

/**
 * Before any script of the page: records every element React removes from #root and every console
 * error or warning. A hydration that finds a difference throws the server's markup away (removals)
 * and reports it (console): both must stay empty.
 */
const WATCH_HYDRATION = `(() => {
  const removed = (globalThis.__removedFromRoot = []);
  new MutationObserver((mutations) => {
    for (const m of mutations) for (const node of m.removedNodes) {
      if (node.nodeType === 1 && m.target instanceof Element && m.target.closest('#root')) removed.push(node.outerHTML.slice(0, 80));
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Holds the app's entry script back until the returned function is called (a tap before the app). */
async function holdEntry(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENTRY_URL, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

async function openUntilInteractive(page: Page, url: string): Promise<{ removed: string[]; console: string[] }> {
  const messages: string[] = [];
  const onConsole = (message: { type(): string; text(): string }): void => {
    // Playwright's own note on the blocked service worker is not the page's.
    if (message.text().includes('blocked by Playwright')) return;
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()}`);
  };
  page.on('console', onConsole);
  try {
    await page.goto(url);
    // A reader reaching for the page (a key) wakes the app at once; untouched, it would wait 4 s.
    await page.keyboard.press('Shift');
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE);
    // One more frame: a recoverable hydration error is reported after the commit.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const removed = await page.evaluate(
      () => (globalThis as unknown as { __removedFromRoot: string[] }).__removedFromRoot,
    );
    return { removed, console: messages };
  } finally {
    page.off('console', onConsole);
  }
}

// A browser of its own: contexts without a service worker (it would answer a card's page with
// index.html) or without JavaScript.
let plain: Browser | undefined;
before(async () => {
  plain = await chromium.launch({ executablePath: chromePath(), headless: true, args: [...CHROMIUM_ARGS] });
});
after(async () => {
  await plain?.close();
});

describe('prerendered pages', () => {
  session.journey(
    `all ${PAGES.length} pages hydrate without a difference (nothing redrawn, nothing reported)`,
    async ({ server }) => {
      assert.ok(PAGES.length >= 50, `expected the start page, 16 decks, the cards and not found, got ${PAGES.length}`);
      assert.ok(plain);
      const context = await plain.newContext({ serviceWorkers: 'block', locale: 'da-DK' });
      const page = await context.newPage();
      await page.addInitScript(WATCH_HYDRATION);
      try {
        for (const path of PAGES) {
          const { removed, console } = await openUntilInteractive(page, server.url(path));
          assert.deepEqual(console, [], `${path}: the console should stay quiet while hydrating`);
          assert.deepEqual(removed, [], `${path}: hydration should keep the prerendered markup`);
          assert.ok(await page.locator('#root main').count(), `${path}: the app should be on the page`);
        }
      } finally {
        await context.close();
      }
    },
    { timeoutMs: 240_000 },
  );

  session.journey(
    'an untouched page loads the app by itself after its load event, and the menu opens before it',
    async ({ server, context }) => {
      const page = await context.newPage();
      try {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(server.url(DECK_PATH), { waitUntil: 'load' });
        // No input at all: the app still comes (offline install, notes), after the page has loaded.
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE, {
          timeout: 20_000,
        });
        const order = await page.evaluate((entry) => {
          const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith(entry));
          return { loaded: nav?.loadEventEnd ?? NaN, requested: script?.startTime ?? NaN };
        }, ENTRY);
        assert.ok(order.requested >= order.loaded, `entry requested at ${order.requested}, load at ${order.loaded}`);

        // A fresh page: the menu button is the platform's popover, so a tap opens it at once and the
        // app, woken by that tap, does not toggle it shut again.
        await page.goto(server.url(DECK_PATH), { waitUntil: 'load' });
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
        assert.ok(await page.getByRole('link', { name: 'Søg', exact: true }).isVisible(), 'the menu stays open');
      } finally {
        await page.close();
      }
    },
  );

  session.journey(
    'a tap on the card before the script has run flips it once the app listens',
    async ({ server, context }) => {
      const page = await context.newPage();
      const release = await holdEntry(page);
      try {
        await page.goto(server.url(DECK_PATH), { waitUntil: 'domcontentloaded' });
        await cardFace(page).click();
        release();
        await noteField(page).waitFor({ state: 'visible' });
      } finally {
        await page.close();
      }
    },
  );

  session.journey(
    'a choice in the start page picker before the script has run is kept once the app listens',
    async ({ server, context }) => {
      const page = await context.newPage();
      const release = await holdEntry(page);
      try {
        await page.goto(server.url('/'), { waitUntil: 'domcontentloaded' });
        const iAm = page.getByRole('group', { name: /^Jeg er/ }).getByRole('radio', { name: 'Lærer', exact: true });
        const partner = page
          .getByRole('group', { name: /samarbejder med/ })
          .getByRole('radio', { name: /^Virksomhed/ });
        await iAm.check();
        await partner.check();
        release();
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE);
        await page.getByRole('status').filter({ hasText: 'Lærer → Virksomhed: 3 kort' }).waitFor();
        assert.ok(await iAm.isChecked(), 'Jeg er: Lærer stays chosen');
        assert.ok(await partner.isChecked(), 'samarbejder med: Virksomhed stays chosen');
        await page.getByRole('button', { name: 'Vis kortene' }).click();
        await page.waitForURL((url) => url.pathname === DECK_PATH);
      } finally {
        await page.close();
      }
    },
  );

  session.journey(
    'a reader who scrolled the prerendered start page stays where they are when the app takes over',
    async ({ server, context }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      const release = await holdEntry(page);
      try {
        await page.goto(server.url('/'), { waitUntil: 'domcontentloaded' });
        const print = page.getByRole('link', { name: 'Udskriv alle kort' });
        await print.scrollIntoViewIfNeeded();
        const scrolled = await page.evaluate(() => window.scrollY);
        assert.ok(scrolled > 0, 'the link is below the first screenful on a phone');
        release();
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE);
        assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page should not jump to its top');
        await print.click();
        await page.getByRole('heading', { level: 1, name: 'Udskriv kort' }).waitFor();
        assert.equal(await page.evaluate(() => window.scrollY), 0, 'a new screen opens at its top');
      } finally {
        await page.close();
      }
    },
  );

  session.journey(
    'with JavaScript off, a deep link to every pair shows its first card from the HTML',
    async ({ server }) => {
      assert.ok(plain);
      const context = await plain.newContext({ javaScriptEnabled: false, locale: 'da-DK' });
      try {
        const page = await context.newPage();
        assert.equal(PAIR_PAGES.length, 16, 'each actor with each other actor and with everyone');
        for (const path of PAIR_PAGES) {
          await page.goto(server.url(path));
          const face = cardFace(page);
          const empty = page.getByRole('heading', { level: 2, name: /Ingen kort/ });
          assert.ok(
            (await face.count()) + (await empty.count()) === 1,
            `${path}: a card's face or the empty pair's notice`,
          );
          assert.ok(await page.getByRole('heading', { level: 1 }).isVisible(), `${path}: the deck's heading`);
        }
      } finally {
        await context.close();
      }
    },
  );

  session.journey(
    'axe finds nothing on the prerendered HTML before hydration',
    async ({ server }) => {
      assert.ok(plain);
      const context = await plain.newContext({ serviceWorkers: 'block', locale: 'da-DK' });
      try {
        const page = await context.newPage();
        // The app never starts: what axe sees is the HTML as it arrived.
        await page.route(ENTRY_URL, (route) => route.abort());
        // axe takes ~20 s a page on a shared 2-core machine: the start page, a deck, a card's address,
        // a pair without cards, not found.
        for (const path of [
          '/',
          DECK_PATH,
          `${DECK_PATH}/laerer-virksomhed-planlaeg-sammen`,
          '/kort/elev/kommune',
          '/404.html',
        ]) {
          await page.goto(server.url(path));
          const results = await new AxeBuilder({ page }).analyze();
          assert.deepEqual(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            [],
            path,
          );
        }
      } finally {
        await context.close();
      }
    },
    { timeoutMs: 240_000 },
  );
});

import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import { loadEdition } from '../../src/content/load-edition';
import { readContentDir } from '../../src/content/read-content-dir';
import { ACTOR_IDS } from '../../src/domain/actor';
import type { Lang } from '../../src/domain/actor';
import type { Card } from '../../src/domain/card';
import { selectDeck } from '../../src/domain/select-deck';
import { useLanguage } from './support/app';
import { assertNoAxeViolations } from './support/axe';
import { PROJECT_ROOT } from './support/preview-server';
import { e2eSession } from './support/session';
import { waitUntil } from './support/wait';

/*
 * The room reads the projector from the back: body text at least 48 px at 1920×1080, and never a
 * scroll bar, at 1920×1080 and at 1280×720, for every card of the edition in both languages (the
 * longest card included, by construction). Checked on the real layout in Chromium.
 */

const session = e2eSession();
const edition = loadEdition(readContentDir(resolve(PROJECT_ROOT, 'content')));
const FULL_HD = { width: 1920, height: 1080 };
const HD = { width: 1280, height: 720 };
const MIN_BODY_PX = 48;

interface Fit {
  readonly scrollWidth: number;
  readonly scrollHeight: number;
  /** Text outside the viewport (clipped or needing a scroll), as "text…: bottom/right". */
  readonly outside: readonly string[];
  /** The smallest font size of any text a person can see, and where. */
  readonly smallest: { readonly px: number; readonly text: string };
}

/** Measures what a person in the room sees: every visible text node, its font size and its box. */
function measure(projector: Page): Promise<Fit> {
  return projector.evaluate(() => {
    const main = document.querySelector('main');
    const outside: string[] = [];
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(main ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[aria-hidden="true"], .visually-hidden')) continue;
      const px = parseFloat(getComputedStyle(parent).fontSize);
      if (px < smallest.px) smallest = { px, text: text.slice(0, 40) };
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (
        box.bottom > window.innerHeight + 0.5 ||
        box.right > window.innerWidth + 0.5 ||
        box.top < -0.5 ||
        box.left < -0.5
      ) {
        outside.push(`${text.slice(0, 30)}…: bottom ${Math.round(box.bottom)}, right ${Math.round(box.right)}`);
      }
    }
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight, outside, smallest };
  });
}

async function assertFits(projector: Page, label: string, checkFont: boolean): Promise<void> {
  const viewport = projector.viewportSize();
  assert.ok(viewport);
  const fit = await measure(projector);
  const where = `${label} at ${viewport.width}×${viewport.height}`;
  assert.ok(
    fit.scrollHeight <= viewport.height && fit.scrollWidth <= viewport.width,
    `${where} scrolls (${fit.scrollWidth}×${fit.scrollHeight})`,
  );
  assert.deepEqual(fit.outside, [], `${where}: text outside the screen`);
  if (checkFont)
    assert.ok(
      fit.smallest.px >= MIN_BODY_PX,
      `${where}: "${fit.smallest.text}" is ${fit.smallest.px} px, under ${MIN_BODY_PX} px`,
    );
}

async function shows(projector: Page, card: Card, lang: Lang, side: 'face' | 'back'): Promise<void> {
  await waitUntil(`the projector to show the ${side} of ${card.id} in ${lang}`, () =>
    projector.evaluate(
      ({ title, side: s, lang: l }) =>
        document.documentElement.lang === l &&
        document.querySelector('h1')?.textContent?.trim() === title &&
        document.querySelector('[data-side]')?.getAttribute('data-side') === s,
      { title: card.title[lang], side, lang },
    ),
  );
}

/** The most text on a back (title, tip, reflection) and the longest title (the face), in a language. */
function longest(lang: Lang): { back: Card; face: Card } {
  const active = edition.cards.filter((c) => c.status === 'active');
  const backLength = (c: Card): number =>
    c.title[lang].length + c.tip.text[lang].length + (c.reflection?.[lang].length ?? 0);
  const byBack = [...active].sort((a, b) => backLength(b) - backLength(a));
  const byTitle = [...active].sort((a, b) => b.title[lang].length - a.title[lang].length);
  const back = byBack[0];
  const face = byTitle[0];
  if (!back || !face) throw new Error('the edition has no active cards');
  return { back, face };
}

describe('projector layout', () => {
  for (const lang of ['da', 'en'] as const) {
    session.journey(
      `every card fits the projector at 1920×1080 with text ≥ 48 px; the longest also at 1280×720; axe (${lang})`,
      async ({ server, context, page }) => {
        const projector = await context.newPage();
        await projector.setViewportSize(FULL_HD);
        await projector.goto(server.url('/skaerm'));
        await projector.getByRole('heading', { level: 1 }).waitFor();

        // The controller's language is the room's.
        await page.goto(server.url(`/styr/${ACTOR_IDS[0]}/alle`));
        await useLanguage(page, lang);
        await page.locator('main h1').first().waitFor();

        let checked = 0;
        for (const from of ACTOR_IDS) {
          const cards = selectDeck(edition.cards, from, 'all');
          if (cards.length === 0) continue;
          await page.goto(server.url(`/styr/${from}/alle`));
          await page.locator('main h1').first().waitFor();
          for (const [index, card] of cards.entries()) {
            if (index > 0) await page.keyboard.press('ArrowRight');
            await shows(projector, card, lang, 'face');
            await assertFits(projector, `face of ${card.id} (${lang})`, true);
            await page.keyboard.press('Space');
            await shows(projector, card, lang, 'back');
            await assertFits(projector, `back of ${card.id} (${lang})`, true);
            checked += 1;
          }
        }
        assert.equal(checked, edition.cards.filter((c) => c.status === 'active').length, 'every active card was shown');

        // The longest card, both sides, on a 720p projector too; axe on both sides.
        const { back, face } = longest(lang);
        for (const [card, side] of [
          [back, 'back'],
          [face, 'face'],
        ] as const) {
          await page.goto(server.url(`/styr/${card.from}/${card.to}/${card.id}`));
          await page.locator('main h1').first().waitFor();
          await waitUntil(`the projector to show ${card.id}`, () =>
            projector.evaluate(
              (title) => document.querySelector('h1')?.textContent?.trim() === title,
              card.title[lang],
            ),
          );
          // A reloaded controller may resume on either side of this card.
          const current = await projector.evaluate(() =>
            document.querySelector('[data-side]')?.getAttribute('data-side'),
          );
          if (current !== side) await page.keyboard.press('Space');
          await shows(projector, card, lang, side);
          for (const viewport of [FULL_HD, HD]) {
            await projector.setViewportSize(viewport);
            await assertFits(projector, `${side} of the longest card ${card.id} (${lang})`, viewport === FULL_HD);
          }
          await assertNoAxeViolations(projector, `projector, ${side} of ${card.id} (${lang})`);
          await projector.setViewportSize(FULL_HD);
        }
        await projector.close();
      },
      { timeoutMs: 180_000 },
    );
  }
});

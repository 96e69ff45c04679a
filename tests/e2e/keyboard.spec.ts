import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import {
  cardFace,
  cardIdInUrl,
  DECK_PATH,
  flipCard,
  noteField,
  progress,
  waitForCardIdInUrl,
  waitForStoredNote,
} from './support/app';
import { assertFocusVisible, focusInfo, isFocused, tabUntil } from './support/focus';
import { e2eSession } from './support/session';
import { waitUntil } from './support/wait';

const session = e2eSession();

/** In a radio group, arrow keys move and check; Space checks the focused radio if none is. */
async function chooseRadio(page: Page, group: RegExp, name: string): Promise<void> {
  await tabUntil(page, `the radio group ${group}`, (f) => f.role === 'radio' && group.test(f.group));
  for (let step = 0; step < 8; step += 1) {
    const focus = await assertFocusVisible(page, `choosing ${name} in ${group}`);
    // The partner radios also say how many cards the pair has ("Virksomhed 3 kort").
    if (focus.name === name || focus.name.startsWith(`${name} `)) {
      if (!focus.checked) await page.keyboard.press('Space');
      const after = await focusInfo(page);
      assert.ok(after.checked, `${name} should be checked after Space`);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Arrow keys never reached the radio ${name} in ${group}`);
}

describe('keyboard', () => {
  session.journey(
    'choose a pair, flip a card, write a note and move on, with the keyboard only',
    async ({ server, page }) => {
      await page.goto(server.url('/'));
      await page.getByRole('heading', { level: 1, name: /Samarbejdskort/ }).waitFor();
      // The prerendered "Vis kortene" is disabled until the app counts the chosen pair's cards (a choice
      // made before that is kept: prerender.spec.ts). Keyboard use starts on the page the app has drawn.
      await page.waitForFunction(() => performance.getEntriesByName('samarbejdskort:interactive').length > 0);

      await chooseRadio(page, /^Jeg er/, 'Lærer');
      await chooseRadio(page, /samarbejder med/, 'Virksomhed');
      await tabUntil(page, 'the button "Vis kortene"', () =>
        isFocused(page.getByRole('button', { name: 'Vis kortene' })),
      );
      await page.keyboard.press('Enter');
      await waitUntil(`the deck address (now ${page.url()})`, () => new URL(page.url()).pathname.startsWith(DECK_PATH));
      await progress(page, 1, 3).waitFor();

      // Space on the card face flips it (once: a keydown handler plus the button's own click must not cancel out).
      await tabUntil(page, 'the card face', () => isFocused(cardFace(page)));
      await page.keyboard.press('Space');
      await noteField(page).waitFor({ state: 'visible' });
      await assertFocusVisible(page, 'after flipping with Space');

      const field = noteField(page);
      if (!(await isFocused(field))) await tabUntil(page, 'the note field', () => isFocused(field));
      const note = 'Ring til HR-chefen om praktikpladser';
      await page.keyboard.type(note);
      // Arrows inside the text move the caret, not the deck.
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowRight');
      await progress(page, 1, 3).waitFor();
      assert.equal(await field.inputValue(), note);
      // Arriving from the start page the address may still be the deck's; it names the card once you move.
      const firstCardId = cardIdInUrl(page);

      // Leave the field; now the arrows move between cards.
      await page.keyboard.press('Tab');
      await assertFocusVisible(page, 'after leaving the note field');
      await page.keyboard.press('ArrowRight');
      await progress(page, 2, 3).waitFor();
      const secondCardId = await waitForCardIdInUrl(page);
      assert.notEqual(secondCardId, firstCardId, 'the address should follow the card');
      const afterMove = await focusInfo(page);
      assert.notEqual(afterMove.tag, 'body', 'focus should not be lost when the card changes');

      // Enter flips too: the second card's back, with an empty note.
      await tabUntil(page, 'the card face', () => isFocused(cardFace(page)), { backwards: true });
      await page.keyboard.press('Enter');
      await noteField(page).waitFor({ state: 'visible' });
      assert.equal(await noteField(page).inputValue(), '', 'the second card has no note');
      await assertFocusVisible(page, 'after flipping with Enter');

      // Back to the first card (the app may remember it was turned): the note is there.
      await page.keyboard.press('ArrowLeft');
      await progress(page, 1, 3).waitFor();
      const face = cardFace(page);
      if (await face.isVisible()) {
        await tabUntil(page, 'the card face', () => isFocused(face));
        await page.keyboard.press('Enter');
      }
      await noteField(page).waitFor({ state: 'visible' });
      assert.equal(await noteField(page).inputValue(), note, 'the note should still be on the first card');
      const firstCardIdAfterMove = await waitForCardIdInUrl(page);
      if (firstCardId) assert.equal(firstCardIdAfterMove, firstCardId);
      assert.notEqual(firstCardIdAfterMove, secondCardId);
      await waitForStoredNote(page, firstCardIdAfterMove, note);
    },
    { timeoutMs: 60_000 },
  );

  session.journey(
    'where inert is missing (Safari 15.4), Tab never reaches the side turned away',
    async ({ server, page }) => {
      // An engine without `inert`: the attribute does nothing, as if it were never set. The prerendered
      // HTML brings it from the parser (the hidden side is inert before any script): strip it as it lands.
      await page.addInitScript(() => {
        new MutationObserver((mutations) => {
          for (const m of mutations)
            for (const node of m.addedNodes) {
              if (!(node instanceof Element)) continue;
              node.removeAttribute('inert');
              node.querySelectorAll('[inert]').forEach((el) => el.removeAttribute('inert'));
            }
        }).observe(document, { childList: true, subtree: true });
        const setAttribute = Element.prototype.setAttribute;
        Element.prototype.setAttribute = function (name: string, value: string) {
          if (name === 'inert') return;
          setAttribute.call(this, name, value);
        };
        Object.defineProperty(HTMLElement.prototype, 'inert', { set() {}, get: () => false, configurable: true });
      });
      await page.goto(server.url(DECK_PATH));
      await progress(page, 1, 3).waitFor();
      assert.equal(await page.locator('[inert]').count(), 0, 'the stand-in engine should have no inert elements');

      const tabsFrom = async (side: string): Promise<string[]> => {
        const reached: string[] = [];
        for (let step = 0; step < 25; step += 1) {
          await page.keyboard.press('Tab');
          reached.push(
            await page.evaluate(
              (selector) =>
                document.activeElement?.closest(selector) ? 'hidden side' : (document.activeElement?.tagName ?? 'none'),
              side,
            ),
          );
        }
        return reached;
      };
      // Face up: the back (its note field, its buttons) is out of the tab order.
      assert.ok(
        !(await tabsFrom('.card__back')).includes('hidden side'),
        'Tab reached the back of a card shown face up',
      );
      // Turned over, once the turn is done: the face is out of it.
      await flipCard(page);
      await page.waitForFunction(() => {
        const face = document.querySelector('.card__face');
        return face !== null && getComputedStyle(face).visibility === 'hidden';
      });
      assert.ok(!(await tabsFrom('.card__face')).includes('hidden side'), 'Tab reached the face of a card turned over');
    },
  );
});

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  DECK_PATH,
  flipCard,
  noteField,
  progress,
  storedNoteKeys,
  waitForCardIdInUrl,
  waitForNoteInField,
  waitForStoredNote,
} from './support/app';
import { e2eSession } from './support/session';

const session = e2eSession();

describe('durability', () => {
  session.journey('a note typed just before the tab is closed is still there', async ({ server, context, page }) => {
    await page.goto(server.url(DECK_PATH));
    await progress(page, 1, 3).waitFor();
    await flipCard(page);
    await noteField(page).focus();
    const note = 'Husk underskrevet aftale før praktikken';
    await page.keyboard.type(note);
    const lastKey = Date.now();
    // No waiting: the debounce has not fired, so only the pagehide/visibilitychange flush can save it.
    await page.close({ runBeforeUnload: true });
    const closedAfter = Date.now() - lastKey;
    // runBeforeUnload does not wait; a beforeunload prompt would keep the page open and fail here.
    if (!page.isClosed()) await page.waitForEvent('close', { timeout: 5_000 });

    const next = await context.newPage();
    await next.goto(server.url(DECK_PATH));
    await progress(next, 1, 3).waitFor();
    await flipCard(next);
    await waitForNoteInField(
      next,
      note,
      `the note, which should survive closing the page ${closedAfter} ms after typing`,
    );
    await next.close();
  });

  session.journey('after a pause the note is in IndexedDB under its card id', async ({ server, context }) => {
    const page = await context.newPage();
    await page.goto(server.url(DECK_PATH));
    await progress(page, 1, 3).waitFor();
    await page.getByRole('button', { name: 'Næste kort', exact: true }).click();
    await progress(page, 2, 3).waitFor();
    const cardId = await waitForCardIdInUrl(page);
    await flipCard(page);
    await noteField(page).focus();
    const note = 'Spørg eleverne hvad de vil se';
    await page.keyboard.type(note);

    // Written once the typing pauses (the debounce), without leaving the field.
    const stored = await waitForStoredNote(page, cardId, note).catch(async (error: Error) => {
      throw new Error(`${error.message}; keys in samarbejdskort/notes: ${JSON.stringify(await storedNoteKeys(page))}`);
    });
    assert.equal(stored.cardId, cardId);
    assert.equal(stored.text, note);
    assert.ok(stored.updatedAt !== undefined && stored.updatedAt !== null, 'updatedAt');
    assert.ok(stored.editionVersion !== undefined && stored.editionVersion !== null, 'editionVersion');
    await page.close();
  });
});

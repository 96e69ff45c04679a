/**
 * Backups in a real browser: a JSON file saved, every note deleted (after the question), the file
 * brought back; the Markdown print; and the notes page's new parts under axe and the 44 px rule,
 * in both languages.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe } from 'node:test';
import type { Page } from 'playwright-core';
import {
  DECK_PATH,
  flipCard,
  noteField,
  progress,
  storedNoteKeys,
  useLanguage,
  waitForCardIdInUrl,
  waitForStoredNote,
} from './support/app';
import { assertNoAxeViolations } from './support/axe';
import { PHONE } from './support/chromium';
import { e2eSession } from './support/session';
import { assertTouchTargets } from './support/touch-targets';
import { waitUntil } from './support/wait';

const session = e2eSession();

async function writeNote(page: Page, origin: string, text: string): Promise<string> {
  await page.goto(`${origin}${DECK_PATH}`);
  await progress(page, 1, 3).waitFor();
  await page.getByRole('button', { name: 'Næste kort', exact: true }).click();
  await progress(page, 2, 3).waitFor();
  const cardId = await waitForCardIdInUrl(page);
  await flipCard(page);
  await noteField(page).fill(text);
  await waitForStoredNote(page, cardId, text);
  return cardId;
}

async function saveDownload(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

describe('backups', () => {
  session.journey(
    'save a backup, delete every note, and bring them all back from the file',
    async ({ server, page }) => {
      const note = 'Husk <b>underskrevet</b> aftale før praktikken';
      const cardId = await writeNote(page, server.origin, note);
      await page.goto(server.url('/noter'));
      await page.getByRole('heading', { level: 1, name: 'Mine noter' }).waitFor();

      const backup = await saveDownload(page, 'Gem sikkerhedskopi (fil)');
      assert.match(backup.name, /^samarbejdskort-sikkerhedskopi-\d{4}-\d{2}-\d{2}\.json$/);
      const parsed = JSON.parse(backup.text) as {
        format: string;
        version: number;
        edition: { version: string };
        notes: { cardId: string; text: string; cardText?: unknown }[];
      };
      assert.equal(parsed.format, 'samarbejdskort-backup');
      assert.equal(parsed.version, 1);
      assert.deepEqual(
        parsed.notes.map((n) => [n.cardId, n.text]),
        [[cardId, note]],
      );
      assert.ok(parsed.notes[0]?.cardText, 'the note records the card text it was written against');

      await page.getByRole('button', { name: 'Slet alle noter' }).click();
      await page.getByRole('group', { name: /slette din note/i }).waitFor();
      await assertNoAxeViolations(page, 'the delete-all question');
      await assertTouchTargets(page, 'the delete-all question');
      await page.getByRole('button', { name: 'Ja, slet alle noter' }).click();
      await page.getByText('Du har ingen noter endnu', { exact: false }).waitFor();
      assert.deepEqual(await storedNoteKeys(page), []);

      await page.getByRole('button', { name: 'Hent en sikkerhedskopi ind' }).click();
      await page.getByLabel('Vælg filen med sikkerhedskopien').setInputFiles(backup.path);
      await page.getByText('1 ny note').waitFor();
      await assertNoAxeViolations(page, 'the import preview');
      await assertTouchTargets(page, 'the import preview');
      await page.getByRole('button', { name: 'Hent kopien ind' }).click();
      await page.getByText('Sikkerhedskopien er hentet ind.').waitFor();
      await waitForStoredNote(page, cardId, note);
      // Shown as text, never as markup.
      await page.getByText(note).waitFor();
      assert.equal(await page.locator('.notes-page__list b').count(), 0);
    },
  );

  session.journey('a bad file is refused with a clear message and changes nothing', async ({ server, page }) => {
    await writeNote(page, server.origin, 'Bliver urørt');
    await page.goto(server.url('/noter'));
    await page.getByRole('button', { name: 'Hent en sikkerhedskopi ind' }).click();
    const before = await storedNoteKeys(page);
    await page.getByLabel('Vælg filen med sikkerhedskopien').setInputFiles({
      name: 'ikke.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"samarbejdskort-backup","version":9}'),
    });
    await page.getByRole('alert').filter({ hasText: 'nyere udgave af appen' }).waitFor();
    assert.deepEqual(await storedNoteKeys(page), before);
  });

  session.journey('the notes as Markdown: grouped by actor pair, with each card’s text', async ({ server, page }) => {
    await writeNote(page, server.origin, 'Til udskrift');
    await page.goto(server.url('/noter'));
    const md = await saveDownload(page, 'Gem noterne som tekst til læsning og udskrift');
    assert.match(md.name, /\.md$/);
    assert.match(md.text, /^# Mine noter fra Samarbejdskort/);
    assert.match(md.text, /## Lærer → Virksomhed/);
    assert.match(md.text, /\*\*Kortet\*\*\n\n> /);
    assert.match(md.text, /Til udskrift/);
  });

  for (const lang of ['da', 'en'] as const) {
    session.journey(
      `the notes page with its backup tools (${lang}, phone): axe finds nothing, every target is 44 px`,
      async ({ server, page }) => {
        await page.setViewportSize(PHONE);
        if ((await storedNoteKeys(page).catch(() => [])).length === 0) await writeNote(page, server.origin, 'En note');
        await page.goto(server.url('/noter'));
        await useLanguage(page, lang);
        await page
          .getByRole('button', { name: lang === 'da' ? 'Hent en sikkerhedskopi ind' : 'Bring back a backup' })
          .click();
        await page.getByLabel(lang === 'da' ? 'Vælg filen med sikkerhedskopien' : 'Choose the backup file').waitFor();
        await assertNoAxeViolations(page, `notes page, import open (${lang})`);
        await assertTouchTargets(page, `notes page, import open (${lang})`);
        await page
          .getByRole('button', { name: lang === 'da' ? /^Slet noten/ : /^Delete the note/ })
          .first()
          .click();
        await page.getByRole('button', { name: lang === 'da' ? 'Fortryd' : 'Undo' }).waitFor();
        await assertNoAxeViolations(page, `notes page, undo offered (${lang})`);
        await page.getByRole('button', { name: lang === 'da' ? 'Fortryd' : 'Undo' }).click();
        await waitUntil('the note back', async () => ((await storedNoteKeys(page)).length > 0 ? true : undefined));
        await useLanguage(page, 'da');
      },
    );
  }
});

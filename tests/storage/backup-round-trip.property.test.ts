import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, serializeBackup } from '../../src/domain/backup-format';
import type { BackupContents } from '../../src/domain/backup-format';
import { createBrief, withBriefCard, withSheetField } from '../../src/domain/brief-model';
import { SHEET_FIELDS } from '../../src/domain/brief-sheet';
import { limitNoteEdit, MAX_NOTE_LENGTH, MAX_TIME } from '../../src/domain/bounds';
import { cleanDeckName, decodeDeckShare } from '../../src/domain/own-deck';
import { createIdbBackupStorage } from '../../src/storage/backup-storage';
import { createIdbNotesStore } from '../../src/storage/notes-store';
import { createIdbBriefsStore, createIdbDecksStore, createIdbFavouritesStore } from '../../src/storage/record-store';

/*
 * The round-trip invariant (issue 14): whatever the app's own write paths can store, its export
 * writes and its import (replace) brings back unchanged. Stores are filled through the stores the
 * screens use, with the bounds the screens apply, edge values included. FUZZ_RUNS raises the count.
 */
const RUNS = Math.max(1, Math.round(Number(process.env['FUZZ_RUNS'] ?? 1500) / 100));

const cardId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const time = fc.oneof(fc.constantFrom(0, MAX_TIME, 1_700_000_000_000), fc.integer({ min: 0, max: MAX_TIME }));
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', '😀'.repeat(3), `${'a'.repeat(79)}😀`),
  fc.constant('x'.repeat(MAX_NOTE_LENGTH + 3)),
);

const world = fc.record({
  notes: fc.uniqueArray(fc.record({ cardId, text, at: time }), { selector: (n) => n.cardId, maxLength: 4 }),
  favourites: fc.uniqueArray(cardId, { maxLength: 4 }),
  decks: fc.array(
    fc.record({
      name: text,
      link: fc.array(fc.oneof(cardId, fc.constant(`k${'-x'.repeat(100)}`)), { maxLength: 4 }),
      at: time,
    }),
    { maxLength: 3 },
  ),
  briefs: fc.array(
    fc.record({
      name: text,
      at: time,
      cards: fc.array(fc.record({ cardId, note: text }), { maxLength: 3 }),
      sheet: text,
    }),
    { maxLength: 2 },
  ),
});

function sorted(contents: BackupContents): BackupContents {
  const by =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    notes: [...contents.notes].sort(by((n) => n.cardId)),
    favourites: [...contents.favourites].sort(by((f) => f.cardId)),
    decks: [...contents.decks].sort(by((d) => d.id)),
    briefs: [...contents.briefs].sort(by((b) => b.id)),
  };
}

describe('export → import (replace) gives back the same store', () => {
  it('for stores written through the app’s own write paths, edge values included', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        globalThis.indexedDB = new IDBFactory();
        const notes = createIdbNotesStore();
        const favourites = createIdbFavouritesStore({ now: () => 1_000 });
        const decks = createIdbDecksStore();
        const briefs = createIdbBriefsStore();
        try {
          for (const n of w.notes) {
            const written = limitNoteEdit('', n.text);
            if (written.trim() !== '')
              await notes.put({ cardId: n.cardId, text: written, updatedAt: n.at, editionVersion: '1.0.0' });
          }
          for (const id of w.favourites) await favourites.add(id);
          for (const [i, d] of w.decks.entries()) {
            const draft = decodeDeckShare(`kort=${d.link.join(',')}`);
            await decks.put({
              id: `deck-${i}`,
              name: cleanDeckName(d.name),
              cardIds: [...(draft?.cardIds ?? [])],
              createdAt: d.at,
              updatedAt: d.at,
            });
          }
          for (const [i, b] of w.briefs.entries()) {
            let brief = createBrief({
              id: `b${i}`,
              name: b.name,
              actor: 'laerer',
              partner: 'virksomhed',
              now: b.at,
              editionVersion: '1.0.0',
            });
            for (const card of b.cards) brief = withBriefCard(brief, card, b.at);
            for (const field of SHEET_FIELDS) brief = withSheetField(brief, field, b.sheet, b.at);
            await briefs.put(brief);
          }
          const storage = createIdbBackupStorage();
          const before = await storage.read();
          const parsed = parseBackup(serializeBackup(createBackup(before, '1.0.0', new Date(0))));
          if (!parsed.ok) throw new Error(`the app's own export was refused: ${parsed.problem} ${parsed.where ?? ''}`);
          globalThis.indexedDB = new IDBFactory();
          await createIdbBackupStorage().import(parsed.backup, 'replace', {
            knownCardIds: new Set(),
            now: 0,
            joinConflict: (a, b) => `${a}${b}`,
          });
          expect(sorted(await createIdbBackupStorage().read())).toEqual(sorted(before));
        } finally {
          notes.close();
          favourites.close();
          decks.close();
          briefs.close();
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});

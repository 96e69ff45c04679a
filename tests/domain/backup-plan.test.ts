import { describe, expect, it } from 'vitest';
import type { BackupContents, BackupNote } from '../../src/domain/backup-format';
import { planImport } from '../../src/domain/backup-plan';
import { createBrief } from '../../src/domain/brief-model';

const brief = createBrief({
  id: 'b1',
  name: 'Besøg',
  actor: 'laerer',
  partner: 'virksomhed',
  now: 1,
  editionVersion: '1.0.0',
});

const EMPTY: BackupContents = { notes: [], favourites: [], decks: [], briefs: [] };
const known = new Set(['a', 'b', 'c', 'd', 'ny']);
const options = {
  knownCardIds: known,
  now: 10_000,
  joinConflict: (mine: string, theirs: string) => `${mine}\n--- kopi ---\n${theirs}`,
};

function note(cardId: string, text: string, updatedAt: number): BackupNote {
  return { cardId, text, updatedAt, editionVersion: '1.0.0' };
}

const device: BackupContents = {
  ...EMPTY,
  notes: [
    note('a', 'samme', 100),
    note('b', 'enhedens ældre', 100),
    note('c', 'enhedens nyere', 900),
    note('d', 'kun på enheden', 100),
  ],
};
const backup: BackupContents = {
  ...EMPTY,
  notes: [
    note('a', 'samme', 50),
    note('b', 'kopiens nyere', 500),
    note('c', 'kopiens ældre', 500),
    note('ny', 'ny note', 500),
    note('fjernet-kort', 'forældreløs', 500),
  ],
};

describe('planning an import', () => {
  it('counts new, changed, conflicting and orphaned notes for the preview (merge)', () => {
    const plan = planImport(device, backup, 'merge', options);
    expect(plan.counts.notes).toEqual({ added: 2, changed: 1, conflicts: 1, unchanged: 1, removed: 0, orphans: 1 });
  });

  it('merge adds, takes the newer text, and keeps both texts where the device changed since the backup', () => {
    const plan = planImport(device, backup, 'merge', options);
    const put = new Map(plan.notes.put.map((n) => [n.cardId, n]));
    expect(put.get('b')?.text).toBe('kopiens nyere');
    expect(put.get('c')).toMatchObject({ text: 'enhedens nyere\n--- kopi ---\nkopiens ældre', updatedAt: 10_000 });
    expect(put.get('ny')?.text).toBe('ny note');
    expect(put.has('a')).toBe(false);
    expect(plan.notes.remove).toEqual([]);
  });

  it('never drops a note for a card this edition does not have', () => {
    for (const mode of ['merge', 'replace'] as const) {
      const plan = planImport(device, backup, mode, options);
      expect(plan.notes.put.find((n) => n.cardId === 'fjernet-kort')?.text).toBe('forældreløs');
    }
  });

  it('replace makes the device hold the backup: the device’s own notes go, and says how many', () => {
    const plan = planImport(device, backup, 'replace', options);
    expect(plan.counts.notes).toEqual({ added: 2, changed: 1, conflicts: 1, unchanged: 1, removed: 1, orphans: 1 });
    expect(plan.notes.remove).toEqual(['d']);
    expect(new Map(plan.notes.put.map((n) => [n.cardId, n.text]))).toEqual(
      new Map([
        ['a', 'samme'],
        ['b', 'kopiens nyere'],
        ['c', 'kopiens ældre'],
        ['ny', 'ny note'],
        ['fjernet-kort', 'forældreløs'],
      ]),
    );
  });

  it('merges favourites, own decks and briefs by key, the newer winning; replace also removes', () => {
    const mine: BackupContents = {
      notes: [],
      favourites: [{ cardId: 'a', addedAt: 1 }],
      decks: [
        { id: 'd1', name: 'Min nyere', cardIds: ['a'], createdAt: 1, updatedAt: 9 },
        { id: 'd2', name: 'Kun her', cardIds: [], createdAt: 1, updatedAt: 1 },
      ],
      briefs: [{ ...brief, name: 'Gammel' }],
    };
    const theirs: BackupContents = {
      notes: [],
      favourites: [
        { cardId: 'a', addedAt: 5 },
        { cardId: 'b', addedAt: 5 },
      ],
      decks: [{ id: 'd1', name: 'Kopiens ældre', cardIds: [], createdAt: 1, updatedAt: 5 }],
      briefs: [{ ...brief, name: 'Ny', updatedAt: 7 }],
    };
    const merge = planImport(mine, theirs, 'merge', options);
    expect(merge.favourites.put).toEqual([{ cardId: 'b', addedAt: 5 }]);
    expect(merge.decks.put).toEqual([]);
    expect(merge.briefs.put).toEqual([theirs.briefs[0]]);
    expect(merge.counts.decks).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(merge.counts.briefs).toEqual({ added: 0, changed: 1, removed: 0 });

    const replace = planImport(mine, theirs, 'replace', options);
    expect(replace.decks.put).toEqual(theirs.decks);
    expect(replace.decks.remove).toEqual(['d2']);
    expect(replace.counts.decks).toEqual({ added: 0, changed: 1, removed: 1 });
  });

  it('plans nothing when the backup matches the device', () => {
    const plan = planImport(device, device, 'merge', options);
    expect(plan.notes.put).toEqual([]);
    expect(plan.counts.notes.unchanged).toBe(4);
  });
});

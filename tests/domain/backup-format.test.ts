import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  createBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  serializeBackup,
} from '../../src/domain/backup-format';
import type { Backup, BackupContents } from '../../src/domain/backup-format';
import { createBrief } from '../../src/domain/brief-model';

const brief = createBrief({
  id: 'b1',
  name: 'Besøg',
  actor: 'laerer',
  partner: 'virksomhed',
  now: 1,
  editionVersion: '1.0.0',
});

const contents: BackupContents = {
  notes: [
    {
      cardId: 'laerer-virksomhed-aftal',
      text: 'Ring til Mette',
      updatedAt: 1000,
      editionVersion: '1.0.0',
      cardText: { da: 'Aftal', en: 'Agree' },
    },
    { cardId: 'gammelt-kort', text: '<script>alert(1)</script>', updatedAt: 2000, editionVersion: '0.9.0' },
  ],
  favourites: [{ cardId: 'laerer-virksomhed-aftal', addedAt: 5 }],
  decks: [{ id: 'd1', name: 'Mødet', cardIds: ['laerer-virksomhed-aftal'], createdAt: 1, updatedAt: 2 }],
  briefs: [{ ...brief, updatedAt: 3 }],
};

function fileWith(overrides: Record<string, unknown>): string {
  return JSON.stringify({ ...createBackup(contents, '1.0.0', new Date('2026-05-01T10:00:00Z')), ...overrides });
}

describe('backup file', () => {
  it('writes a versioned file that records the edition, the export time and every note with its change time', () => {
    const text = serializeBackup(createBackup(contents, '1.2.0', new Date('2026-05-01T10:00:00Z')));
    const raw = JSON.parse(text) as Backup;
    expect(raw).toMatchObject({
      format: 'samarbejdskort-backup',
      version: 1,
      exportedAt: '2026-05-01T10:00:00.000Z',
      edition: { version: '1.2.0' },
    });
    expect(raw.notes[0]).toEqual(contents.notes[0]);
    expect(raw.favourites).toEqual(contents.favourites);
    expect(raw.decks).toEqual(contents.decks);
    expect(raw.briefs).toEqual(contents.briefs);
  });

  it('reads back exactly what it wrote', () => {
    const backup = createBackup(contents, '1.0.0', new Date(0));
    expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
  });

  it('keeps text holding HTML or script exactly as written (it is only ever shown as text)', () => {
    const parsed = parseBackup(fileWith({}));
    expect(parsed.ok && parsed.backup.notes[1]?.text).toBe('<script>alert(1)</script>');
  });

  it.each([
    ['not JSON', '{"format": "samarbejdskort-backup",', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['JSON that is not an object', '[1, 2]', 'not-backup'],
    ['another app’s JSON', JSON.stringify({ notes: [] }), 'not-backup'],
    ['a format version from the future', fileWith({ version: 2 }), 'future-version'],
    ['a version that is not a whole number', fileWith({ version: '1' }), 'bad-shape'],
    ['notes that are not a list', fileWith({ notes: {} }), 'bad-shape'],
    [
      'no notes at all',
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: '2026-01-01T00:00:00Z',
        edition: { version: '1' },
      }),
      'bad-shape',
    ],
    ['a note without text', fileWith({ notes: [{ cardId: 'a', updatedAt: 1, editionVersion: '1' }] }), 'bad-shape'],
    [
      'a note with a time that is not a number',
      fileWith({ notes: [{ cardId: 'a', text: 'x', updatedAt: '1', editionVersion: '1' }] }),
      'bad-shape',
    ],
    [
      'a note with an empty card id',
      fileWith({ notes: [{ cardId: '', text: 'x', updatedAt: 1, editionVersion: '1' }] }),
      'bad-shape',
    ],
    [
      'a deck whose cards are not ids',
      fileWith({ decks: [{ id: 'd', name: 'x', cardIds: [1], createdAt: 1, updatedAt: 1 }] }),
      'bad-shape',
    ],
    ['a missing edition', fileWith({ edition: undefined }), 'bad-shape'],
    ['an export time that is no date', fileWith({ exportedAt: 'i går' }), 'bad-shape'],
  ])('refuses %s', (_what, text, problem) => {
    expect(parseBackup(text)).toMatchObject({ ok: false, problem });
  });

  it('says where the shape is wrong', () => {
    const text = fileWith({ notes: [contents.notes[0], { cardId: 'a', text: 7, updatedAt: 1, editionVersion: '1' }] });
    expect(parseBackup(text)).toEqual({ ok: false, problem: 'bad-shape', where: 'notes[1].text' });
  });

  it.each([['__proto__'], ['constructor'], ['prototype']])('refuses a file with the key %s anywhere in it', (key) => {
    const withTopLevel = fileWith({}).replace('{', `{"${key}": {"polluted": true},`);
    expect(parseBackup(withTopLevel)).toMatchObject({ ok: false, problem: 'forbidden-key', where: key });
    const deep = fileWith({ briefs: [{ ...brief, fields: JSON.parse(`{"${key}": {"isAdmin": true}}`) }] });
    expect(parseBackup(deep)).toMatchObject({ ok: false, problem: 'forbidden-key' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('refuses a file larger than the cap without parsing it', () => {
    expect(parseBackup('x'.repeat(MAX_BACKUP_BYTES + 1))).toEqual({ ok: false, problem: 'too-large' });
    // Counted in bytes: Danish letters take two.
    expect(parseBackup('æ'.repeat(MAX_BACKUP_BYTES / 2 + 1))).toEqual({ ok: false, problem: 'too-large' });
  });

  it('survives a deeply nested file without running out of stack', () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const text = fileWith({ briefs: [{ ...brief, deep: 'DEEP' }] }).replace('"DEEP"', deep);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.briefs).toEqual([brief]);
  });

  it('keeps one note per card, the newest, when a file holds several', () => {
    const text = fileWith({
      notes: [
        { cardId: 'a', text: 'ældre', updatedAt: 1, editionVersion: '1' },
        { cardId: 'a', text: 'nyere', updatedAt: 2, editionVersion: '1' },
      ],
    });
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.notes.map((note) => note.text)).toEqual(['nyere']);
  });

  it('drops unknown fields of a note and of a brief, keeping a brief’s own fields', () => {
    const parsed = parseBackup(
      fileWith({
        notes: [{ cardId: 'a', text: 'x', updatedAt: 1, editionVersion: '1', extra: 'væk' }],
        briefs: [{ ...brief, goals: ['g'] }],
      }),
    );
    expect(parsed.ok && parsed.backup.notes[0]).toEqual({ cardId: 'a', text: 'x', updatedAt: 1, editionVersion: '1' });
    expect(parsed.ok && parsed.backup.briefs[0]).toEqual(brief);
  });

  it('reads a notes-only file as having no favourites, decks or briefs', () => {
    const parsed = parseBackup(
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: '2026-01-01T00:00:00Z',
        edition: { version: '1' },
        notes: [],
      }),
    );
    expect(parsed).toMatchObject({ ok: true, backup: { favourites: [], decks: [], briefs: [] } });
  });
});

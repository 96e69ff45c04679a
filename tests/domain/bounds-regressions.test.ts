import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, serializeBackup } from '../../src/domain/backup-format';
import type { BackupContents } from '../../src/domain/backup-format';
import { crc32, decodeBriefFragment, toBase64Url } from '../../src/domain/brief-link';
import { createBrief } from '../../src/domain/brief-model';
import { cutText, hasLoneSurrogate, MAX_NOTE_LENGTH } from '../../src/domain/bounds';
import { FACILITATOR_PROTOCOL_VERSION, parseFacilitatorMessage } from '../../src/domain/facilitator-message';
import { newSession, timerElapsed } from '../../src/domain/facilitator-session';
import { controllerReceive, isInCharge, startController, takeOver } from '../../src/domain/facilitator-sync';
import { cleanDeckName, decodeDeckShare, encodeDeckShare } from '../../src/domain/own-deck';

/* Issue 14: values that parsed fine and broke the app later. One test per defect. */

const EMPTY: BackupContents = { notes: [], favourites: [], decks: [], briefs: [] };
const NOW = new Date('2026-12-04T12:00:00Z');
const brief = createBrief({
  id: '0123456789abcdef',
  name: 'Besøg',
  actor: 'laerer',
  partner: 'virksomhed',
  now: 1_700_000_000_000,
  editionVersion: '1.0.0',
});

function file(contents: Partial<BackupContents>): string {
  return serializeBackup(createBackup({ ...EMPTY, ...contents }, '1.0.0', NOW));
}

function jsonFragment(value: unknown): string {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return `b1.j.${crc32(json)}.${toBase64Url(json)}`;
}

describe('1. an impossible date', () => {
  it('is refused in a backup note (a Date cannot hold 1e16 ms)', () => {
    const parsed = parseBackup(file({ notes: [{ cardId: 'a', text: 'x', updatedAt: 1e16, editionVersion: '1.0.0' }] }));
    expect(parsed).toEqual({ ok: false, problem: 'bad-shape', where: 'notes[0].updatedAt' });
  });

  it('is refused in a brief link with a correct checksum', async () => {
    expect(await decodeBriefFragment(jsonFragment(brief))).toEqual({ ok: true, brief });
    expect(await decodeBriefFragment(jsonFragment({ ...brief, createdAt: 1e16 }))).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });
});

describe('2. an emoji at the end of a long deck name', () => {
  const name = `${'a'.repeat(79)}😀`;

  it('is cut before the emoji, never inside it, so the share link can be built', () => {
    expect(hasLoneSurrogate(cleanDeckName(name))).toBe(false);
    expect(cleanDeckName(name)).toBe('a'.repeat(79));
    expect(() => encodeDeckShare({ name: cleanDeckName(name), cardIds: ['a'] })).not.toThrow();
    const fromLink = decodeDeckShare(`navn=${encodeURIComponent(name)}&kort=a`);
    expect(() => encodeDeckShare(fromLink ?? { name: '', cardIds: [] })).not.toThrow();
  });

  it('keeps a grapheme (a family emoji) whole or leaves it out', () => {
    const family = '👨‍👩‍👧';
    expect(cutText(`ab${family}`, 4)).toBe('ab');
    expect(cutText(`ab${family}`, 2 + family.length)).toBe(`ab${family}`);
  });
});

describe('3. what the app stores, its import accepts', () => {
  it('a shared deck link with a 201-character card id stores nothing its import refuses', () => {
    const long = `k${'-x'.repeat(100)}`;
    expect(long).toHaveLength(201);
    const draft = decodeDeckShare(`navn=Lang&kort=${long},kort-b`);
    const deck = {
      id: 'deck-1',
      name: draft?.name ?? '',
      cardIds: [...(draft?.cardIds ?? [])],
      createdAt: 1,
      updatedAt: 1,
    };
    expect(parseBackup(file({ decks: [deck] })).ok).toBe(true);
    expect(deck.cardIds).toEqual(['kort-b']);
  });

  it('a note at the note limit round-trips', () => {
    const text = 'æ'.repeat(MAX_NOTE_LENGTH);
    const parsed = parseBackup(file({ notes: [{ cardId: 'a', text, updatedAt: 1, editionVersion: '1.0.0' }] }));
    expect(parsed.ok && parsed.backup.notes[0]?.text).toBe(text);
  });

  it('an export bigger than 5 MB (many long notes) imports', () => {
    const notes = Array.from({ length: 30 }, (_, i) => ({
      cardId: `kort-${i}`,
      text: '€'.repeat(MAX_NOTE_LENGTH),
      updatedAt: 1,
      editionVersion: '1.0.0',
    }));
    const text = file({ notes });
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(5 * 1024 * 1024);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.notes).toHaveLength(30);
  });
});

describe('4. a brief in a backup', () => {
  it('keeps only its known fields (a 100,000-deep array does not come along)', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const text = `{"format":"samarbejdskort-backup","version":1,"exportedAt":"2026-12-04T12:00:00.000Z","edition":{"version":"1.0.0"},"notes":[],"briefs":[${JSON.stringify(brief).slice(0, -1)},"deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.briefs).toEqual([brief]);
    if (parsed.ok) expect(() => serializeBackup(parsed.backup)).not.toThrow();
  });

  it('is refused when it lacks a brief’s fields (it could not be listed, nor deleted)', () => {
    const parsed = parseBackup(file({ briefs: [{ id: 'b1', name: 'Besøg', createdAt: 1, updatedAt: 3 } as never] }));
    expect(parsed).toMatchObject({ ok: false, problem: 'bad-shape', where: 'briefs[0]' });
  });
});

describe('6. facilitator numbers', () => {
  const state = newSession({ from: 'laerer', to: 'virksomhed' }, 'lv-1', 'da');

  it('an epoch of 2^53 is refused, so taking over still works', () => {
    const message = { v: FACILITATOR_PROTOCOL_VERSION, kind: 'state', sender: 'other', epoch: 2 ** 53, seq: 1, state };
    expect(parseFacilitatorMessage(message).ok).toBe(false);
    let sync = startController('me', state, 1_000).sync;
    // Even the largest epoch a message may carry is outranked by a take-over.
    const top = parseFacilitatorMessage({ ...message, epoch: 2 ** 52 });
    if (!top.ok) throw new Error('the largest epoch must be readable');
    sync = controllerReceive(sync, top.message, { cardIds: ['lv-1'], now: 1_500 }).sync;
    expect(isInCharge(sync)).toBe(false);
    sync = takeOver(sync, 2_000).sync;
    expect(isInCharge(sync)).toBe(true);
    expect(Number.isSafeInteger(sync.epoch)).toBe(true);
  });

  it('a huge timer is refused, and a running one stops at 99:59:59', () => {
    const huge = { ...state, timer: { runningSince: null, elapsedMs: 1e300 } };
    expect(parseFacilitatorMessage({ v: 1, kind: 'state', sender: 'o', epoch: 1, seq: 1, state: huge }).ok).toBe(false);
    expect(timerElapsed({ runningSince: 0, elapsedMs: 0 }, 8.64e15)).toBe((100 * 3600 - 1) * 1000);
  });
});

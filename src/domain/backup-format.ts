import type { Localized } from './actor';
import { isTime, MAX_ID_LENGTH, MAX_NOTE_LENGTH } from './bounds';
import { parseBrief } from './brief-model';
import type { Brief } from './brief-model';

/*
 * The backup file: one JSON document a user keeps outside the browser. Its shape is a promise to
 * every file already saved: never change the meaning of a field in version 1; a new shape is a new
 * version, and this parser learns to read the old one too.
 */
export const BACKUP_FORMAT = 'samarbejdskort-backup' as const;
export const BACKUP_VERSION = 1 as const;
/**
 * Far more than any real set of notes, and more than the app can export (every card of an edition
 * with a note at MAX_NOTE_LENGTH: 48 × 100,000 × 3 bytes ≈ 15 MB), so its own export always imports.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/*
 * The records below are also the shapes the device stores (src/storage/db-schema.ts uses them), so
 * a backup carries each store as it is.
 */

/** A private note a user wrote on a card. Lives only on this device (and in its backups). */
export interface BackupNote {
  /** The card's stable id (content/published-ids.json). */
  readonly cardId: string;
  readonly text: string;
  /** Milliseconds since the epoch of the last change. */
  readonly updatedAt: number;
  /** The content edition the note was last written against. */
  readonly editionVersion: string;
  /**
   * The card's tip as it read when the note was last written, so a later edition can show what
   * changed. Absent on notes written before it was recorded (the old text is then unknown).
   */
  readonly cardText?: Localized | undefined;
  /**
   * The `updatedAt` of the stored note this text was written on top of (0: there was none). A
   * put whose base is no longer what is stored is refused with NoteConflictError, so a tab never
   * silently overwrites what another tab wrote meanwhile. Absent: write whatever is stored.
   */
  readonly basedOn?: number | undefined;
}

/** A starred card ("Mine kort"). */
export interface BackupFavourite {
  readonly cardId: string;
  readonly addedAt: number;
}

/** A deck the user put together. */
export interface BackupDeck {
  readonly id: string;
  readonly name: string;
  /** In the user's order. */
  readonly cardIds: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A brief (src/domain/brief-model.ts), read back field by field. */
export type BackupBrief = Brief;

/** What a backup carries, and what a device holds. */
export interface BackupContents {
  readonly notes: readonly BackupNote[];
  readonly favourites: readonly BackupFavourite[];
  readonly decks: readonly BackupDeck[];
  readonly briefs: readonly BackupBrief[];
}

export interface Backup extends BackupContents {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  readonly exportedAt: string;
  /** The content edition the app had when it exported (card ids refer to it). */
  readonly edition: { readonly version: string };
}

/** Why a file cannot be imported; each has a translated message. */
export type BackupProblem = 'too-large' | 'not-json' | 'not-backup' | 'future-version' | 'bad-shape' | 'forbidden-key';

export type ParsedBackup =
  | { readonly ok: true; readonly backup: Backup }
  | {
      readonly ok: false;
      readonly problem: BackupProblem;
      /** Where in the file, e.g. notes[3].text. */ readonly where?: string;
    };

export function createBackup(contents: BackupContents, editionVersion: string, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    edition: { version: editionVersion },
    notes: contents.notes,
    favourites: contents.favourites,
    decks: contents.decks,
    briefs: contents.briefs,
  };
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Keys that could reach an object's prototype if a file's data were ever merged into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ID = MAX_ID_LENGTH;
/** Ten times the note field's limit: notes written before the field had one still come back. */
const MAX_TEXT = 10 * MAX_NOTE_LENGTH;

class ShapeError extends Error {
  constructor(readonly where: string) {
    super(where);
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first forbidden key anywhere in the value (iteratively: a file may nest deeply). */
function findForbiddenKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((value as Json)[key]);
    }
  }
  return undefined;
}

function string(item: Json, key: string, where: string, max = MAX_ID, min = 1): string {
  const value = item[key];
  if (typeof value !== 'string' || value.length < min || value.length > max)
    throw new ShapeError(where ? `${where}.${key}` : key);
  return value;
}

function time(item: Json, key: string, where: string): number {
  const value = item[key];
  if (!isTime(value)) throw new ShapeError(`${where}.${key}`);
  return value;
}

function list<T>(file: Json, key: string, read: (item: Json, where: string) => T, required = false): T[] {
  const value = file[key];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) throw new ShapeError(key);
  return value.map((item: unknown, index) => {
    const where = `${key}[${index}]`;
    if (!isObject(item)) throw new ShapeError(where);
    return read(item, where);
  });
}

function readNote(item: Json, where: string): BackupNote {
  const note = {
    cardId: string(item, 'cardId', where),
    text: string(item, 'text', where, MAX_TEXT, 0),
    updatedAt: time(item, 'updatedAt', where),
    editionVersion: string(item, 'editionVersion', where, MAX_ID, 0),
  };
  const cardText = item['cardText'];
  const extra: { cardText?: Localized; basedOn?: number } = {};
  if (cardText !== undefined) {
    if (!isObject(cardText)) throw new ShapeError(`${where}.cardText`);
    extra.cardText = {
      da: string(cardText, 'da', `${where}.cardText`, MAX_TEXT, 0),
      en: string(cardText, 'en', `${where}.cardText`, MAX_TEXT, 0),
    };
  }
  if (item['basedOn'] !== undefined) extra.basedOn = time(item, 'basedOn', where);
  return { ...note, ...extra };
}

function readFavourite(item: Json, where: string): BackupFavourite {
  return { cardId: string(item, 'cardId', where), addedAt: time(item, 'addedAt', where) };
}

function readDeck(item: Json, where: string): BackupDeck {
  const cardIds = item['cardIds'];
  if (
    !Array.isArray(cardIds) ||
    cardIds.some((id) => typeof id !== 'string' || id.length === 0 || id.length > MAX_ID)
  ) {
    throw new ShapeError(`${where}.cardIds`);
  }
  return {
    id: string(item, 'id', where),
    name: string(item, 'name', where, MAX_ID, 0),
    cardIds: cardIds as string[],
    createdAt: time(item, 'createdAt', where),
    updatedAt: time(item, 'updatedAt', where),
  };
}

/** The preparation feature's own reader: known fields only, so the brief can be listed (and deleted). */
function readBrief(item: Json, where: string): BackupBrief {
  const brief = parseBrief(item);
  if (!brief) throw new ShapeError(where);
  return brief;
}

/** One entry per key, the newest (by `stamp`) when a file holds several. */
function newestByKey<T>(items: readonly T[], key: (item: T) => string, stamp: (item: T) => number): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const earlier = byKey.get(key(item));
    if (!earlier || stamp(item) > stamp(earlier)) byKey.set(key(item), item);
  }
  return [...byKey.values()];
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads a backup file's text. Never throws: a file that is not a backup this app can read gives
 * the reason, and the caller changes nothing.
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES || byteLength(text) > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isObject(file) || file['format'] !== BACKUP_FORMAT) return { ok: false, problem: 'not-backup' };
  const forbidden = findForbiddenKey(file);
  if (forbidden !== undefined) return { ok: false, problem: 'forbidden-key', where: forbidden };
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'bad-shape', where: 'version' };
  if (version > BACKUP_VERSION) return { ok: false, problem: 'future-version' };
  try {
    const edition = file['edition'];
    if (!isObject(edition)) throw new ShapeError('edition');
    const exportedAt = string(file, 'exportedAt', '', 100);
    if (Number.isNaN(Date.parse(exportedAt))) throw new ShapeError('exportedAt');
    return {
      ok: true,
      backup: {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt,
        edition: { version: string(edition, 'version', 'edition') },
        notes: newestByKey(
          list(file, 'notes', readNote, true),
          (n) => n.cardId,
          (n) => n.updatedAt,
        ),
        favourites: newestByKey(
          list(file, 'favourites', readFavourite),
          (f) => f.cardId,
          () => 0,
        ),
        decks: newestByKey(
          list(file, 'decks', readDeck),
          (d) => d.id,
          (d) => d.updatedAt,
        ),
        briefs: newestByKey(
          list(file, 'briefs', readBrief),
          (b) => b.id,
          (b) => b.updatedAt,
        ),
      },
    };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, problem: 'bad-shape', where: error.where };
    throw error;
  }
}

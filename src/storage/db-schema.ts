import type { DBSchema } from 'idb';
import type { Note } from './notes-store';

/*
 * Names written to users' devices. Never change without a migration in open-notes-db.ts: a
 * renamed store or database silently orphans every note already saved. A superseded name stays
 * below, marked legacy, and is used only by the migration that moves its data.
 */
export const DB_NAME = 'samarbejdskort' as const;
export const DB_VERSION = 1 as const;
export const NOTES_STORE = 'notes' as const;
export const NOTES_BY_UPDATED_AT = 'by-updatedAt' as const;
/** The field notes are keyed by (the store's keyPath). */
export const NOTES_KEY_PATH = 'cardId' as const;

// Legacy names (read only by migrations): none yet.

export interface NotesDbSchema extends DBSchema {
  [NOTES_STORE]: {
    key: string;
    value: Note;
    indexes: { [NOTES_BY_UPDATED_AT]: number };
  };
}

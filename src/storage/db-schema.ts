import type { DBSchema } from 'idb';
import type { BackupBrief, BackupDeck, BackupFavourite } from '../domain/backup-format';
import type { Note } from './notes-store';

/*
 * Names written to users' devices. Never change without a migration in open-notes-db.ts: a
 * renamed store or database silently orphans every note already saved. A superseded name stays
 * below, marked legacy, and is used only by the migration that moves its data.
 */
export const DB_NAME = 'samarbejdskort' as const;
/** 1: notes. 2: favourites, decks, briefs and meta. */
export const DB_VERSION = 2 as const;
export const NOTES_STORE = 'notes' as const;
export const NOTES_BY_UPDATED_AT = 'by-updatedAt' as const;
/** The field notes are keyed by (the store's keyPath). */
export const NOTES_KEY_PATH = 'cardId' as const;
/** Starred cards ("Mine kort"), keyed by card id. Since version 2. */
export const FAVOURITES_STORE = 'favourites' as const;
/** The user's own decks, keyed by their id. Since version 2. */
export const DECKS_STORE = 'decks' as const;
/** Visit-preparation briefs, keyed by their id. Since version 2. */
export const BRIEFS_STORE = 'briefs' as const;
/** Small settings and facts (last backup time …), keyed by name. Since version 2. */
export const META_STORE = 'meta' as const;
export const BY_UPDATED_AT = 'by-updatedAt' as const;

// Legacy names (read only by migrations): none yet.

/*
 * What the stores hold is what a backup carries (src/domain/backup-format.ts), so the backup takes
 * each store as it is. A brief's other fields are owned by the preparation feature.
 */
export type Favourite = BackupFavourite;
export type OwnDeck = BackupDeck;

export interface NotesDbSchema extends DBSchema {
  [NOTES_STORE]: {
    key: string;
    value: Note;
    indexes: { [NOTES_BY_UPDATED_AT]: number };
  };
  [FAVOURITES_STORE]: {
    key: string;
    value: Favourite;
  };
  [DECKS_STORE]: {
    key: string;
    value: OwnDeck;
    indexes: { [BY_UPDATED_AT]: number };
  };
  [BRIEFS_STORE]: {
    key: string;
    value: BackupBrief;
    indexes: { [BY_UPDATED_AT]: number };
  };
  [META_STORE]: {
    key: string;
    value: unknown;
  };
}

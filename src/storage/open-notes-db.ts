import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import {
  BRIEFS_STORE,
  BY_UPDATED_AT,
  DB_NAME,
  DB_VERSION,
  DECKS_STORE,
  FAVOURITES_STORE,
  META_STORE,
  NOTES_BY_UPDATED_AT,
  NOTES_KEY_PATH,
  NOTES_STORE,
} from './db-schema';
import type { NotesDbSchema } from './db-schema';

export type NotesDb = IDBPDatabase<NotesDbSchema>;

/**
 * What can happen to the connection after (or while) it opens, for the UI to explain:
 * - 'blocked': this tab brings a newer database version, but an older tab still holds the old one
 *   open; the open waits until that tab closes or reloads.
 * - 'versionchange': another tab needs a newer version (or deletes the database). This connection
 *   has been closed so the other tab can go on; this tab should reload to get the new code.
 * - 'terminated': the browser closed the connection itself (storage cleared, disk trouble).
 */
export type NotesDbEvent = 'blocked' | 'versionchange' | 'terminated';

export interface OpenNotesDbOptions {
  readonly onEvent?: (event: NotesDbEvent) => void;
  /** Told when the connection is gone (closed for another tab, or by the browser), so it is not reused. */
  readonly onClosed?: () => void;
}

/** Opens (creating or upgrading as needed) the notes database. Only src/storage calls this. */
export function openNotesDb({ onEvent, onClosed }: OpenNotesDbOptions = {}): Promise<NotesDb> {
  return openDB<NotesDbSchema>(DB_NAME, DB_VERSION, {
    // Steps are cumulative so a device on any old version walks every step in order. Inside
    // upgrade, await only IndexedDB requests: awaiting anything else lets the upgrade
    // transaction commit early and the next step then throws TransactionInactiveError.
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const notes = db.createObjectStore(NOTES_STORE, { keyPath: NOTES_KEY_PATH });
        notes.createIndex(NOTES_BY_UPDATED_AT, 'updatedAt');
      }
      if (oldVersion < 2) {
        // New stores only: every note of version 1 stays as it is.
        db.createObjectStore(FAVOURITES_STORE, { keyPath: 'cardId' });
        db.createObjectStore(DECKS_STORE, { keyPath: 'id' }).createIndex(BY_UPDATED_AT, 'updatedAt');
        db.createObjectStore(BRIEFS_STORE, { keyPath: 'id' }).createIndex(BY_UPDATED_AT, 'updatedAt');
        db.createObjectStore(META_STORE);
      }
      // Next version: `if (oldVersion < 3) { … }` here, and DB_VERSION = 3 in db-schema.ts.
    },
    blocked() {
      onEvent?.('blocked');
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // Holding on would keep the other tab waiting forever; close and let this tab reload.
      (event.target as IDBDatabase).close();
      onClosed?.();
      onEvent?.('versionchange');
    },
    terminated() {
      onClosed?.();
      onEvent?.('terminated');
    },
  });
}

import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { BackupBrief, BackupDeck, BackupFavourite, BackupNote } from '../domain/backup-format';

/*
 * Names written to users' devices. Never change without a migration in `upgrade` below: a renamed
 * store or database silently orphans every note already saved. A superseded name stays here,
 * marked legacy, and is used only by the migration that moves its data.
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
export interface LocalDbSchema extends DBSchema {
  [NOTES_STORE]: { key: string; value: BackupNote; indexes: { [NOTES_BY_UPDATED_AT]: number } };
  [FAVOURITES_STORE]: { key: string; value: BackupFavourite };
  [DECKS_STORE]: { key: string; value: BackupDeck; indexes: { [BY_UPDATED_AT]: number } };
  [BRIEFS_STORE]: { key: string; value: BackupBrief; indexes: { [BY_UPDATED_AT]: number } };
  [META_STORE]: { key: string; value: unknown };
}

export type LocalDb = IDBPDatabase<LocalDbSchema>;
type StoreName = StoreNames<LocalDbSchema>;

/**
 * What can happen to the connection after (or while) it opens, for the UI to explain:
 * - 'blocked': this tab brings a newer database version, but an older tab still holds the old one
 *   open; the open waits until that tab closes or reloads.
 * - 'versionchange': another tab needs a newer version (or deletes the database). This connection
 *   has been closed so the other tab can go on; this tab should reload to get the new code.
 * - 'terminated': the browser closed the connection itself (storage cleared, disk trouble).
 */
export type LocalDbEvent = 'blocked' | 'versionchange' | 'terminated';

/** The subscribe/notify pair every store shares. */
export function createListeners<A extends unknown[] = []>() {
  const listeners = new Set<(...args: A) => void>();
  return {
    subscribe(listener: (...args: A) => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    // A copy, so a listener that unsubscribes while being told does not skip its neighbour.
    notify: (...args: A): void => [...listeners].forEach((listener) => listener(...args)),
  };
}

/** Per IndexedDB factory (tests swap in a fresh one): the one cached connection and the last event. */
interface Connection {
  opening?: Promise<LocalDb> | undefined;
  last?: LocalDbEvent;
  readonly events: ReturnType<typeof createListeners<[LocalDbEvent]>>;
}
const connections = new WeakMap<IDBFactory, Connection>();

function connection(): Connection {
  const factory = globalThis.indexedDB;
  // No IndexedDB at all (some private windows): openDB below rejects, and callers fall back to memory.
  if (!factory) return { events: createListeners() };
  let found = connections.get(factory);
  if (!found) connections.set(factory, (found = { events: createListeners() }));
  return found;
}

function report(state: Connection, event: LocalDbEvent): void {
  state.last = event;
  state.events.notify(event);
}

/**
 * The app's database, opened once (creating or upgrading it as needed) and shared by every store.
 * A connection closed for another tab or by the browser, or a failed open, is not reused.
 */
export function openLocalDb(): Promise<LocalDb> {
  const state = connection();
  if (state.opening) return state.opening;
  const forget = (): void => {
    if (state.opening === opening) state.opening = undefined;
  };
  const opening = openDB<LocalDbSchema>(DB_NAME, DB_VERSION, {
    // Steps are cumulative so a device on any old version walks every step in order. Inside
    // upgrade, await only IndexedDB requests: awaiting anything else lets the upgrade
    // transaction commit early and the next step then throws TransactionInactiveError.
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore(NOTES_STORE, { keyPath: NOTES_KEY_PATH }).createIndex(NOTES_BY_UPDATED_AT, 'updatedAt');
      }
      if (oldVersion < 2) {
        // New stores only: every note of version 1 stays as it is.
        db.createObjectStore(FAVOURITES_STORE, { keyPath: 'cardId' });
        db.createObjectStore(DECKS_STORE, { keyPath: 'id' }).createIndex(BY_UPDATED_AT, 'updatedAt');
        db.createObjectStore(BRIEFS_STORE, { keyPath: 'id' }).createIndex(BY_UPDATED_AT, 'updatedAt');
        db.createObjectStore(META_STORE);
      }
      // Next version: `if (oldVersion < 3) { … }` here, and DB_VERSION = 3 above.
    },
    blocked: () => report(state, 'blocked'),
    blocking(_currentVersion, _blockedVersion, event) {
      // Holding on would keep the other tab waiting forever; close and let this tab reload.
      (event.target as IDBDatabase).close();
      forget();
      report(state, 'versionchange');
    },
    terminated() {
      forget();
      report(state, 'terminated');
    },
  });
  state.opening = opening;
  opening.catch(forget);
  return opening;
}

/** Closes the shared connection (a test's "tab closed"); the next call opens a new one. */
export function closeLocalDb(): void {
  const state = connection();
  const closing = state.opening;
  state.opening = undefined;
  void closing?.then(
    (db) => db.close(),
    () => {},
  );
}

/**
 * Hears what happens to the connection (see LocalDbEvent). The last event so far is told at once:
 * one that came before the UI was listening (a blocked open on start) is not lost.
 */
export function onLocalDbEvent(listener: (event: LocalDbEvent) => void): () => void {
  const state = connection();
  if (state.last) listener(state.last);
  return state.events.subscribe(listener);
}

/**
 * Runs `run` in one transaction on the shared connection and resolves with its result once the
 * transaction has committed. Inside `run`, await only IndexedDB requests (anything else lets the
 * transaction commit early). A failure aborts it, and the transaction's own error says why
 * (QuotaExceededError), where a request only says AbortError.
 */
export async function tx<const Names extends StoreName | StoreName[], Mode extends IDBTransactionMode, T>(
  names: Names,
  mode: Mode,
  run: (tx: IDBPTransaction<LocalDbSchema, Names extends StoreName[] ? Names : [Names], Mode>) => Promise<T>,
): Promise<T> {
  const transaction = (await openLocalDb()).transaction(names as StoreName[], mode) as unknown as IDBPTransaction<
    LocalDbSchema,
    Names extends StoreName[] ? Names : [Names],
    Mode
  >;
  // An abort rejects `done` while `run` may still be settling its requests: awaited below, heard now.
  transaction.done.catch(() => {});
  try {
    const result = await run(transaction);
    try {
      // Commit now rather than when the event loop comes round: a page being closed may not wait.
      if (mode !== 'readonly') transaction.commit?.();
    } catch {
      // Already committing or aborted: `done` says which.
    }
    await transaction.done;
    return result;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already aborted or finished: its error says why.
    }
    await transaction.done.catch(() => {});
    throw transaction.error ?? error;
  }
}

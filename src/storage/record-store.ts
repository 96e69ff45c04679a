import { createCachedConnection } from './cached-connection';
import type { OpensOnDemand } from './cached-connection';
import { createListeners } from './create-listeners';
import { BY_UPDATED_AT } from './db-schema';
import type { BRIEFS_STORE, DECKS_STORE, NotesDbSchema } from './db-schema';

/** Records kept by id and listed newest change first (own decks, briefs): IndexedDB in the app, memory in tests. */
export interface RecordStore<T> {
  /** Undefined when there is no such record, or what is stored is not a readable one. */
  get(id: string): Promise<T | undefined>;
  /** Saves (creates or replaces) a record. */
  put(record: T): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every readable record, the latest changed first. */
  list(): Promise<T[]>;
  /** Called after any change made through this store. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface IdbRecordStore<T> extends RecordStore<T>, OpensOnDemand {}

type RecordStoreName = typeof DECKS_STORE | typeof BRIEFS_STORE;

/**
 * A store of the app's database through one cached connection. Whatever is read back goes through
 * `read`: a backup import may have written anything, and one broken record must not break the
 * screen that lists the others.
 */
export function createIdbRecordStore<Name extends RecordStoreName, T extends NotesDbSchema[Name]['value']>(
  name: Name,
  read: (value: unknown) => T | undefined,
): IdbRecordStore<T> {
  const listeners = createListeners();
  const connection = createCachedConnection();
  return {
    open: connection.open,
    close: connection.close,
    async get(id) {
      return read(await (await connection.db()).get(name, id));
    },
    async put(record) {
      const tx = (await connection.db()).transaction(name, 'readwrite');
      void tx.store.put(record);
      // Commit now: the page may be closing (this is also the pagehide flush).
      tx.commit?.();
      await tx.done;
      listeners.notify();
    },
    async delete(id) {
      await (await connection.db()).delete(name, id);
      listeners.notify();
    },
    async list() {
      const oldestFirst = await (await connection.db()).getAllFromIndex(name, BY_UPDATED_AT);
      return oldestFirst.reverse().flatMap((value) => read(value) ?? []);
    },
    subscribe: listeners.subscribe,
  };
}

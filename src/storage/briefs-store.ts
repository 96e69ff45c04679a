import { parseBrief } from '../domain/brief-model';
import type { Brief } from '../domain/brief-model';
import { createCachedConnection } from './cached-connection';
import type { OpensOnDemand } from './cached-connection';
import { createListeners } from './create-listeners';
import { BRIEFS_STORE, BY_UPDATED_AT } from './db-schema';
import { createMemoryBriefsStore } from './memory-briefs-store';
import type { StorageKind } from './open-notes-store';

/** What the preparation screens know of brief storage (IndexedDB, or memory in tests and private windows). */
export interface BriefsStore {
  /** Undefined when there is no such brief, or what is stored is not a readable brief. */
  get(id: string): Promise<Brief | undefined>;
  put(brief: Brief): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every readable brief, newest change first. */
  list(): Promise<Brief[]>;
  /** Called after any change made through this store. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface IdbBriefsStore extends BriefsStore, OpensOnDemand {}

/**
 * Briefs in the app's database (the 'briefs' store of version 2), through one cached connection
 * that lets go when another tab needs a newer version. Briefs are stored exactly as the domain
 * shapes them (plain JSON), so the notes backup can carry the store as it is; whatever is read
 * back is parsed again, since a backup import may have written it.
 */
export function createIdbBriefsStore(): IdbBriefsStore {
  const listeners = createListeners();
  const connection = createCachedConnection();
  return {
    open: connection.open,
    close: connection.close,
    async get(id) {
      return parseBrief(await (await connection.db()).get(BRIEFS_STORE, id));
    },
    async put(brief) {
      const tx = (await connection.db()).transaction(BRIEFS_STORE, 'readwrite');
      void tx.store.put(brief);
      // Commit now: the page may be closing (this is also the pagehide flush).
      tx.commit?.();
      await tx.done;
      listeners.notify();
    },
    async delete(id) {
      await (await connection.db()).delete(BRIEFS_STORE, id);
      listeners.notify();
    },
    async list() {
      const oldestFirst = await (await connection.db()).getAllFromIndex(BRIEFS_STORE, BY_UPDATED_AT);
      return oldestFirst
        .reverse()
        .map(parseBrief)
        .filter((brief): brief is Brief => brief !== undefined);
    },
    subscribe: listeners.subscribe,
  };
}

export interface OpenedBriefsStore {
  readonly store: BriefsStore;
  readonly persistent: StorageKind;
}

/** IndexedDB when it really opens; otherwise memory, so preparing still works for this visit. */
export async function openBriefsStore(): Promise<OpenedBriefsStore> {
  if (typeof globalThis.indexedDB === 'undefined' || globalThis.indexedDB === null) {
    return { store: createMemoryBriefsStore(), persistent: 'memory' };
  }
  const store = createIdbBriefsStore();
  try {
    await store.open();
  } catch {
    store.close();
    return { store: createMemoryBriefsStore(), persistent: 'memory' };
  }
  return { store, persistent: 'idb' };
}

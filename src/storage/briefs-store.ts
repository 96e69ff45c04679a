import { parseBrief } from '../domain/brief-model';
import type { Brief } from '../domain/brief-model';
import { BRIEFS_STORE } from './db-schema';
import { createMemoryBriefsStore } from './memory-briefs-store';
import type { StorageKind } from './open-notes-store';
import { createIdbRecordStore } from './record-store';
import type { IdbRecordStore, RecordStore } from './record-store';

/** What the preparation screens know of brief storage (IndexedDB, or memory in tests and private windows). */
export type BriefsStore = RecordStore<Brief>;

/**
 * Briefs in the app's database (the 'briefs' store of version 2). Briefs are stored exactly as the
 * domain shapes them (plain JSON), so the notes backup can carry the store as it is; whatever is
 * read back is parsed again, since a backup import may have written it.
 */
export function createIdbBriefsStore(): IdbRecordStore<Brief> {
  return createIdbRecordStore(BRIEFS_STORE, parseBrief);
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

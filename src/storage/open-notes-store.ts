import { createIdbNotesStore } from './idb-notes-store';
import type { NotesStore } from './notes-store';
import type { NotesDbEvent } from './open-notes-db';

/** Where notes end up: on the device ('idb') or only for as long as the tab is open ('memory'). */
export type StorageKind = 'idb' | 'memory';

export interface OpenedNotesStore {
  readonly store: NotesStore;
  readonly persistent: StorageKind;
}

export interface OpenNotesStoreOptions {
  /** The connection was blocked, closed for a newer version in another tab, or closed by the browser. */
  readonly onEvent?: (event: NotesDbEvent) => void;
}

/** The fallback's code loads only when it is needed (it is not, in most browsers). */
async function inMemory(): Promise<OpenedNotesStore> {
  const { createMemoryNotesStore } = await import('./memory-notes-store');
  return { store: createMemoryNotesStore(), persistent: 'memory' };
}

/**
 * The notes store to use: IndexedDB when it really opens, otherwise memory, so the app still works
 * (and can say that notes will not survive) in a private window or with storage blocked.
 */
export async function openNotesStore({ onEvent }: OpenNotesStoreOptions = {}): Promise<OpenedNotesStore> {
  if (typeof globalThis.indexedDB === 'undefined' || globalThis.indexedDB === null) return inMemory();
  const store = createIdbNotesStore(onEvent ? { onEvent } : {});
  try {
    // Opening can throw at once (SecurityError) or fail later (InvalidStateError in old private modes).
    await store.open();
  } catch {
    store.close();
    return inMemory();
  }
  try {
    await store.recoverStashed();
  } catch {
    // The stash stays for the next open; the notes already stored are all there.
  }
  return { store, persistent: 'idb' };
}

import type { NotesStore } from '../storage/notes-store';

/**
 * A NotesStore usable at once while the real one opens, so the first screen never waits for
 * IndexedDB: every call waits for the opened store. `stash` is synchronous (the page may be going
 * away), so it reaches the store only once it is open; before that there is nothing saved to lose
 * but the drafts, which the provider keeps.
 */
export function deferNotesStore(opening: Promise<NotesStore>): NotesStore {
  const listeners = new Set<() => void>();
  let opened: NotesStore | undefined;
  void opening.then((store) => {
    opened = store;
    store.subscribe(() => listeners.forEach((listener) => listener()));
  });
  return {
    get: async (cardId) => (await opening).get(cardId),
    put: async (note) => (await opening).put(note),
    delete: async (cardId) => (await opening).delete(cardId),
    list: async (limit) => (await opening).list(limit),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stash: (notes) => opened?.stash?.(notes),
  };
}

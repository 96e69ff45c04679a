import type { NotesStore } from '../storage/notes-store';

/**
 * A NotesStore usable at once while the real one opens, so the first screen never waits for
 * IndexedDB: every call simply waits for the opened store.
 */
export function deferNotesStore(opening: Promise<NotesStore>): NotesStore {
  const listeners = new Set<() => void>();
  void opening.then((store) => store.subscribe(() => listeners.forEach((listener) => listener())));
  return {
    get: async (cardId) => (await opening).get(cardId),
    put: async (note) => (await opening).put(note),
    delete: async (cardId) => (await opening).delete(cardId),
    list: async () => (await opening).list(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

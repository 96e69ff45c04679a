import { createListeners } from './create-listeners';
import { isBlankText, isConflict, NoteConflictError } from './notes-store';
import type { Note, NotesStore } from './notes-store';

/**
 * Notes kept in memory only: for tests, and the fallback when IndexedDB cannot be used (some
 * private windows, blocked storage). Everything is lost when the tab closes.
 */
export function createMemoryNotesStore(initial: readonly Note[] = []): NotesStore {
  const notes = new Map<string, Note>(initial.map((note) => [note.cardId, { ...note }]));
  const listeners = createListeners();
  return {
    async get(cardId) {
      const note = notes.get(cardId);
      return note && { ...note };
    },
    async put(note) {
      const stored = notes.get(note.cardId);
      if (isConflict(note, stored)) throw new NoteConflictError(stored && { ...stored });
      if (isBlankText(note.text)) notes.delete(note.cardId);
      else notes.set(note.cardId, { ...note });
      listeners.notify();
    },
    async delete(cardId) {
      notes.delete(cardId);
      listeners.notify();
    },
    async list(limit) {
      // Same order as the IndexedDB index read backwards: newest first, ties by card id descending.
      return [...notes.values()]
        .sort((a, b) => b.updatedAt - a.updatedAt || (a.cardId < b.cardId ? 1 : a.cardId > b.cardId ? -1 : 0))
        .slice(0, limit)
        .map((note) => ({ ...note }));
    },
    subscribe: listeners.subscribe,
  };
}

import type { Note } from './notes-store';

/** A name on users' devices: never change without a migration of what it holds. */
export const UNSAVED_NOTES_KEY = 'samarbejdskort.unsavedNotes' as const;

/**
 * A synchronous copy of notes whose IndexedDB write may not land. A browser tearing a page down
 * (tab closed, reload, navigation) aborts IndexedDB transactions still in flight, and pagehide
 * gives no time to await one; localStorage writes at once. The next open moves these notes into
 * IndexedDB unless a newer write got there first.
 */
export interface UnsavedNotesJournal {
  /** Adds or replaces these notes (by card). Never throws. */
  write(notes: readonly Note[]): void;
  read(): Note[];
  /** Drops a card's entry once a write at least as new as it has landed. */
  forget(cardId: string, upTo?: number): void;
}

function isNote(value: unknown): value is Note {
  if (typeof value !== 'object' || value === null) return false;
  const note = value as Record<string, unknown>;
  return (
    typeof note['cardId'] === 'string' &&
    typeof note['text'] === 'string' &&
    typeof note['updatedAt'] === 'number' &&
    typeof note['editionVersion'] === 'string'
  );
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Access itself throws where storage is blocked.
    return undefined;
  }
}

export function createUnsavedNotesJournal(storage: Storage | undefined = defaultStorage()): UnsavedNotesJournal {
  function read(): Note[] {
    try {
      const raw = storage?.getItem(UNSAVED_NOTES_KEY);
      if (!raw) return [];
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isNote) : [];
    } catch {
      return [];
    }
  }

  function save(notes: readonly Note[]): void {
    try {
      if (notes.length === 0) storage?.removeItem(UNSAVED_NOTES_KEY);
      else storage?.setItem(UNSAVED_NOTES_KEY, JSON.stringify(notes));
    } catch {
      // Full or blocked: the IndexedDB write is still on its way; nothing better to do here.
    }
  }

  return {
    read,
    write(notes) {
      if (notes.length === 0) return;
      const byCard = new Map(read().map((note) => [note.cardId, note]));
      for (const note of notes) {
        const earlier = byCard.get(note.cardId);
        if (!earlier || earlier.updatedAt <= note.updatedAt) byCard.set(note.cardId, note);
      }
      save([...byCard.values()]);
    },
    forget(cardId, upTo = Number.POSITIVE_INFINITY) {
      const notes = read();
      const kept = notes.filter((note) => note.cardId !== cardId || note.updatedAt > upTo);
      if (kept.length !== notes.length) save(kept);
    },
  };
}

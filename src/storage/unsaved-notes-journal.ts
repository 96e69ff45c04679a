import type { Note } from './notes-store';

/** A name on users' devices: never change without a migration of what it holds. */
export const UNSAVED_NOTES_KEY = 'samarbejdskort.unsavedNotes' as const;

/** A stashed note, and the tab (page load) that stashed it: tabs share localStorage. */
export interface StashedNote extends Note {
  readonly tab?: string;
}

/**
 * A synchronous copy of notes whose IndexedDB write may not land. A browser tearing a page down
 * (tab closed, reload, navigation) aborts IndexedDB transactions still in flight, and pagehide
 * gives no time to await one; localStorage writes at once. The next open moves these notes into
 * IndexedDB unless a newer write got there first.
 */
export interface UnsavedNotesJournal {
  /** Adds or replaces this tab's entries for these notes (by card). Never throws. */
  write(notes: readonly Note[]): void;
  /** Every tab's entries. */
  read(): StashedNote[];
  /**
   * Drops this tab's entry for a card once a write at least as new as it has landed. Another
   * tab's entry stays: its text may never have reached the store.
   */
  forget(cardId: string, upTo?: number): void;
  /** Drops exactly these entries (recovered by an opening store). */
  remove(entries: readonly StashedNote[]): void;
}

function isNote(value: unknown): value is StashedNote {
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

const same = (a: StashedNote, b: StashedNote): boolean => a.tab === b.tab && a.cardId === b.cardId;

export function createUnsavedNotesJournal(storage: Storage | undefined = defaultStorage()): UnsavedNotesJournal {
  // Random per page load: enough to tell this tab's entries from another's.
  const tab = Math.random().toString(36).slice(2);

  function read(): StashedNote[] {
    try {
      const raw = storage?.getItem(UNSAVED_NOTES_KEY);
      if (!raw) return [];
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isNote) : [];
    } catch {
      return [];
    }
  }

  function save(notes: readonly StashedNote[]): void {
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
      const entries = read();
      for (const note of notes) {
        const entry = { ...note, tab };
        const index = entries.findIndex((earlier) => same(earlier, entry));
        if (index < 0) entries.push(entry);
        else if (entries[index]!.updatedAt <= entry.updatedAt) entries[index] = entry;
      }
      save(entries);
    },
    forget(cardId, upTo = Number.POSITIVE_INFINITY) {
      const notes = read();
      const kept = notes.filter((note) => note.tab !== tab || note.cardId !== cardId || note.updatedAt > upTo);
      if (kept.length !== notes.length) save(kept);
    },
    remove(entries) {
      const notes = read();
      const kept = notes.filter((note) => !entries.some((entry) => same(entry, note) && entry.updatedAt === note.updatedAt));
      if (kept.length !== notes.length) save(kept);
    },
  };
}

import { createListeners } from './create-listeners';
import { NOTES_BY_UPDATED_AT, NOTES_STORE } from './db-schema';
import { isBlankText } from './notes-store';
import type { Note, NotesStore } from './notes-store';
import { openNotesDb } from './open-notes-db';
import type { NotesDb, NotesDbEvent } from './open-notes-db';
import { createUnsavedNotesJournal } from './unsaved-notes-journal';
import type { UnsavedNotesJournal } from './unsaved-notes-journal';

export interface IdbNotesStore extends NotesStore {
  stash(notes: readonly Note[]): void;
  /** Opens the database now (rejects if IndexedDB cannot be used), instead of on first use. */
  open(): Promise<void>;
  /** Writes notes stashed by a page that went away before its writes landed. */
  recoverStashed(): Promise<void>;
  /** Closes the cached connection; the next call opens a new one. */
  close(): void;
}

export interface IdbNotesStoreOptions {
  readonly onEvent?: (event: NotesDbEvent) => void;
  readonly journal?: UnsavedNotesJournal;
}

/** Notes in IndexedDB, through one cached connection. */
export function createIdbNotesStore({ onEvent, journal = createUnsavedNotesJournal() }: IdbNotesStoreOptions = {}): IdbNotesStore {
  const listeners = createListeners();
  let connection: Promise<NotesDb> | undefined;

  function db(): Promise<NotesDb> {
    if (!connection) {
      const opening = openNotesDb({
        ...(onEvent ? { onEvent } : {}),
        onClosed: () => {
          if (connection === opening) connection = undefined;
        },
      });
      // A failed open is not cached: the next call tries again (e.g. after another tab let go).
      opening.catch(() => {
        if (connection === opening) connection = undefined;
      });
      connection = opening;
    }
    return connection;
  }

  async function write(note: Note): Promise<void> {
    const tx = (await db()).transaction(NOTES_STORE, 'readwrite');
    if (isBlankText(note.text)) void tx.store.delete(note.cardId);
    else void tx.store.put(note);
    // Commit now rather than when the event loop comes round: a page being closed may not wait.
    tx.commit?.();
    await tx.done;
    journal.forget(note.cardId, note.updatedAt);
  }

  return {
    async open() {
      await db();
    },
    close() {
      const closing = connection;
      connection = undefined;
      void closing?.then(
        (database) => database.close(),
        () => {},
      );
    },
    stash(notes) {
      journal.write(notes);
    },
    async recoverStashed() {
      const stashed = journal.read();
      if (stashed.length === 0) return;
      for (const note of stashed) {
        const stored = await (await db()).get(NOTES_STORE, note.cardId);
        // A later write that did land wins over the stash.
        if (stored && stored.updatedAt >= note.updatedAt) journal.forget(note.cardId, note.updatedAt);
        else await write(note);
      }
      listeners.notify();
    },
    async get(cardId) {
      return (await db()).get(NOTES_STORE, cardId);
    },
    async put(note) {
      await write(note);
      listeners.notify();
    },
    async delete(cardId) {
      await (await db()).delete(NOTES_STORE, cardId);
      journal.forget(cardId);
      listeners.notify();
    },
    async list() {
      const oldestFirst = await (await db()).getAllFromIndex(NOTES_STORE, NOTES_BY_UPDATED_AT);
      return oldestFirst.reverse();
    },
    subscribe: listeners.subscribe,
  };
}

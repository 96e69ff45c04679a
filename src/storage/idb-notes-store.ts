import { createCachedConnection } from './cached-connection';
import { createListeners } from './create-listeners';
import { NOTES_BY_UPDATED_AT, NOTES_STORE } from './db-schema';
import { openNotesChannel } from './notes-channel';
import type { NotesChannel } from './notes-channel';
import { isBlankText, isConflict, NoteConflictError } from './notes-store';
import type { Note, NotesStore } from './notes-store';
import type { NotesDb, NotesDbEvent } from './open-notes-db';
import { createUnsavedNotesJournal } from './unsaved-notes-journal';
import type { UnsavedNotesJournal } from './unsaved-notes-journal';

export interface IdbNotesStore extends NotesStore {
  stash(notes: readonly Note[]): void;
  /** Opens the database now (rejects if IndexedDB cannot be used), instead of on first use. */
  open(): Promise<void>;
  /** Writes notes stashed by a page that went away before its writes landed. */
  recoverStashed(): Promise<void>;
  /** Closes the cached connection (and stops hearing other tabs); the next call opens a new one. */
  close(): void;
}

export interface IdbNotesStoreOptions {
  readonly onEvent?: (event: NotesDbEvent) => void;
  readonly journal?: UnsavedNotesJournal;
}

/** Notes in IndexedDB, through one cached connection; changes in other tabs reach subscribers. */
export function createIdbNotesStore({ onEvent, journal = createUnsavedNotesJournal() }: IdbNotesStoreOptions = {}): IdbNotesStore {
  const listeners = createListeners();
  const connection = createCachedConnection(onEvent ? { onEvent } : {});
  let channel: NotesChannel | undefined;

  function db(): Promise<NotesDb> {
    // Hear other tabs from first use until close.
    channel ??= openNotesChannel(listeners.notify);
    return connection.db();
  }

  async function write(note: Note, checked = false): Promise<void> {
    const tx = (await db()).transaction(NOTES_STORE, 'readwrite');
    // Read and write in one transaction: no other tab can write in between.
    if (checked) {
      const stored = await tx.store.get(note.cardId);
      if (isConflict(note, stored)) throw new NoteConflictError(stored);
    }
    const request = isBlankText(note.text) ? tx.store.delete(note.cardId) : tx.store.put(note);
    // The transaction's own error says why (QuotaExceededError), where a request only says AbortError.
    const done = Promise.all([request, tx.done]).catch((error: unknown) => {
      throw tx.error ?? error;
    });
    try {
      // Commit now rather than when the event loop comes round: a page being closed may not wait.
      tx.commit?.();
    } catch {
      // Already aborted: `done` says why.
    }
    await done;
    journal.forget(note.cardId, note.updatedAt);
  }

  function changed(): void {
    listeners.notify();
    channel?.post();
  }

  return {
    async open() {
      await db();
    },
    close() {
      connection.close();
      channel?.close();
      channel = undefined;
    },
    stash(notes) {
      journal.write(notes);
    },
    async recoverStashed() {
      const stashed = journal.read();
      if (stashed.length === 0) return;
      for (const note of stashed) {
        const { tab: _tab, ...stashedNote } = note;
        const stored = await (await db()).get(NOTES_STORE, note.cardId);
        if (stored && isConflict(stashedNote, stored)) {
          // Typed over a change it never saw (another tab wrote meanwhile): keep both texts.
          const text = [note.text, stored.text].filter((part) => !isBlankText(part)).join('\n\n');
          await write({ ...stored, text, updatedAt: Math.max(Date.now(), note.updatedAt) });
        } else if (!stored || stored.updatedAt < note.updatedAt) await write(stashedNote);
        // Otherwise a later write landed, and it wins over the stash.
        journal.remove([note]);
      }
      changed();
    },
    async get(cardId) {
      return (await db()).get(NOTES_STORE, cardId);
    },
    async put(note) {
      await write(note, true);
      changed();
    },
    async delete(cardId) {
      await (await db()).delete(NOTES_STORE, cardId);
      journal.forget(cardId);
      changed();
    },
    async list(limit) {
      const database = await db();
      if (limit === undefined) return (await database.getAllFromIndex(NOTES_STORE, NOTES_BY_UPDATED_AT)).reverse();
      // The newest few by walking the index backwards: no cost for the thousands not asked for.
      const newest: Note[] = [];
      let cursor = await database.transaction(NOTES_STORE).store.index(NOTES_BY_UPDATED_AT).openCursor(null, 'prev');
      while (cursor && newest.length < limit) {
        newest.push(cursor.value);
        cursor = await cursor.continue();
      }
      return newest;
    },
    subscribe: listeners.subscribe,
  };
}

import type { BackupNote } from '../domain/backup-format';

/** A private note a user wrote on a card: the shape the backup file carries, stored as it is. */
export type Note = BackupNote;

/**
 * What the UI knows of note storage. The IndexedDB implementation lives beside this file; tests
 * may use the in-memory one.
 */
export interface NotesStore {
  get(cardId: string): Promise<Note | undefined>;
  /**
   * Saves the note; an empty text deletes it. Rejects with NoteConflictError when the note has
   * `basedOn` and the stored note has changed since (another tab, an import), and writes nothing.
   */
  put(note: Note): Promise<void>;
  delete(cardId: string): Promise<void>;
  /**
   * Every note, newest change first; with a limit, only the newest `limit` (what a screen shows
   * first, read without reading them all).
   */
  list(limit?: number): Promise<Note[]>;
  /**
   * Called after any change made through this store, and (IndexedDB) after a change made in
   * another tab or by an import. Returns an unsubscribe function.
   */
  subscribe(listener: () => void): () => void;
  /**
   * Keeps notes synchronously for when the page is going away and an asynchronous put may never
   * land; the next opening of the store writes them in. Absent where nothing outlives the tab.
   */
  stash?(notes: readonly Note[]): void;
}

/** A note with nothing but whitespace is no note: saving it deletes the stored one. */
export function isBlankText(text: string): boolean {
  return text.trim() === '';
}

/** The stored note changed after the text being saved was based on it; nothing was written. */
export class NoteConflictError extends Error {
  override readonly name = 'NoteConflictError';
  /** What is stored now (undefined: the note was deleted meanwhile). */
  readonly stored: Note | undefined;
  constructor(stored: Note | undefined) {
    super('The note changed in another tab');
    this.stored = stored;
  }
}

/** Whether writing `note` over `stored` would overwrite a change the writer never saw. */
export function isConflict(note: Note, stored: Note | undefined): boolean {
  if (note.basedOn === undefined || !stored || stored.text === note.text) return false;
  return stored.updatedAt !== note.basedOn;
}

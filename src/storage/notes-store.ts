import type { Localized } from '../domain/actor';

/** A private note a user wrote on a card. Lives only on this device. */
export interface Note {
  /** The card's stable id (content/published-ids.json). */
  readonly cardId: string;
  readonly text: string;
  /** Milliseconds since the epoch of the last change. */
  readonly updatedAt: number;
  /** The content edition the note was last written against. */
  readonly editionVersion: string;
  /**
   * The card's tip as it read when the note was last written, so a later edition can show what
   * changed. Absent on notes written before it was recorded (the old text is then unknown).
   */
  readonly cardText?: Localized | undefined;
  /**
   * The `updatedAt` of the stored note this text was written on top of (0: there was none). A
   * put whose base is no longer what is stored is refused with NoteConflictError, so a tab never
   * silently overwrites what another tab wrote meanwhile. Absent: write whatever is stored.
   */
  readonly basedOn?: number | undefined;
}

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

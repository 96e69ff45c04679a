/** A private note a user wrote on a card. Lives only on this device. */
export interface Note {
  /** The card's stable id (content/published-ids.json). */
  readonly cardId: string;
  readonly text: string;
  /** Milliseconds since the epoch of the last change. */
  readonly updatedAt: number;
  /** The content edition the note was last written against. */
  readonly editionVersion: string;
}

/**
 * What the UI knows of note storage. The IndexedDB implementation lives beside this file; tests
 * may use the in-memory one.
 */
export interface NotesStore {
  get(cardId: string): Promise<Note | undefined>;
  /** Saves the note; an empty text deletes it. */
  put(note: Note): Promise<void>;
  delete(cardId: string): Promise<void>;
  /** Every note, newest change first. */
  list(): Promise<Note[]>;
  /** Called after any change made through this store. Returns an unsubscribe function. */
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

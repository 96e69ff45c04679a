import type { BackupNote } from '../domain/backup-format';
import {
  closeLocalDb,
  createListeners,
  NOTES_BY_UPDATED_AT,
  NOTES_STORE,
  onLocalDbEvent,
  openLocalDb,
  tx,
} from './local-db';
import type { LocalDbEvent } from './local-db';
import { openNotesChannel } from './notes-channel';
import type { NotesChannel } from './notes-channel';

/** A private note a user wrote on a card: the shape the backup file carries, stored as it is. */
export type Note = BackupNote;

/** What changed through this store: the card and what is stored for it now (undefined: deleted). */
export interface NoteChange {
  readonly cardId: string;
  readonly note: Note | undefined;
}

/** What the UI knows of note storage: IndexedDB in the app, or memory (tests, private windows). */
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
   * Called after any change: with the change when it was made through this store (no need to
   * read it back), without one after a change in another tab or by an import. Returns an
   * unsubscribe function.
   */
  subscribe(listener: (change?: NoteChange) => void): () => void;
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
  /** What is stored now (undefined: the note was deleted meanwhile). */
  declare readonly stored: Note | undefined;
  constructor(stored: Note | undefined) {
    super('The note changed in another tab');
    // Assigned, not class fields: for Safari 15 the build would add helpers to the first screen's JS.
    this.name = 'NoteConflictError';
    this.stored = stored;
  }
}

/** Whether writing `note` over `stored` would overwrite a change the writer never saw. */
export function isConflict(note: Note, stored: Note | undefined): boolean {
  if (note.basedOn === undefined || !stored || stored.text === note.text) return false;
  return stored.updatedAt !== note.basedOn;
}

/** Same order as the IndexedDB index read backwards: newest first, ties by card id descending. */
const newestFirst = (a: Note, b: Note): number =>
  b.updatedAt - a.updatedAt || (a.cardId < b.cardId ? 1 : a.cardId > b.cardId ? -1 : 0);

/**
 * Notes kept in memory only: for tests, and the fallback when IndexedDB cannot be used (some
 * private windows, blocked storage). Everything is lost when the tab closes.
 */
export function createMemoryNotesStore(initial: readonly Note[] = []): NotesStore {
  const notes = new Map<string, Note>(initial.map((note) => [note.cardId, { ...note }]));
  const listeners = createListeners<[NoteChange?]>();
  return {
    get: async (cardId) => {
      const note = notes.get(cardId);
      return note && { ...note };
    },
    async put(note) {
      const stored = notes.get(note.cardId);
      if (isConflict(note, stored)) throw new NoteConflictError(stored && { ...stored });
      const kept = isBlankText(note.text) ? undefined : { ...note };
      if (kept) notes.set(note.cardId, kept);
      else notes.delete(note.cardId);
      listeners.notify({ cardId: note.cardId, note: kept && { ...kept } });
    },
    async delete(cardId) {
      notes.delete(cardId);
      listeners.notify({ cardId, note: undefined });
    },
    list: async (limit) =>
      [...notes.values()]
        .sort(newestFirst)
        .slice(0, limit)
        .map((note) => ({ ...note })),
    subscribe: listeners.subscribe,
  };
}

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

function isStashed(value: unknown): value is StashedNote {
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
      return Array.isArray(parsed) ? parsed.filter(isStashed) : [];
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
      const kept = notes.filter(
        (note) => !entries.some((entry) => same(entry, note) && entry.updatedAt === note.updatedAt),
      );
      if (kept.length !== notes.length) save(kept);
    },
  };
}

/** What a stashed note becomes next to what is stored: the note to write, or undefined to keep the stored one. */
function recovered(stashed: Note, stored: Note | undefined): Note | undefined {
  // Typed over a change it never saw (another tab wrote meanwhile): keep both texts.
  if (stored && isConflict(stashed, stored)) {
    const text = [stashed.text, stored.text].filter((part) => !isBlankText(part)).join('\n\n');
    return { ...stored, text, updatedAt: Math.max(Date.now(), stashed.updatedAt) };
  }
  // Otherwise a later write that landed wins over the stash.
  return !stored || stored.updatedAt < stashed.updatedAt ? stashed : undefined;
}

export interface IdbNotesStore extends NotesStore {
  stash(notes: readonly Note[]): void;
  /** Opens the database now (rejects if IndexedDB cannot be used), instead of on first use. */
  open(): Promise<void>;
  /** Writes notes stashed by a page that went away before its writes landed. */
  recoverStashed(): Promise<void>;
  /** Closes the connection and stops hearing other tabs; the next call opens again. */
  close(): void;
}

export interface IdbNotesStoreOptions {
  readonly onEvent?: (event: LocalDbEvent) => void;
  readonly journal?: UnsavedNotesJournal;
}

/** Notes in the app's IndexedDB database; changes in other tabs reach subscribers. */
export function createIdbNotesStore({
  onEvent,
  journal = createUnsavedNotesJournal(),
}: IdbNotesStoreOptions = {}): IdbNotesStore {
  const listeners = createListeners<[NoteChange?]>();
  let channel: NotesChannel | undefined;
  let unhear: (() => void) | undefined;

  function listen(): void {
    // Hear other tabs (and the connection's events) from first use until close.
    channel ??= openNotesChannel(() => listeners.notify());
    if (onEvent) unhear ??= onLocalDbEvent(onEvent);
  }

  function changed(change?: NoteChange): void {
    listeners.notify(change);
    channel?.post();
  }

  return {
    async open() {
      listen();
      await openLocalDb();
    },
    close() {
      closeLocalDb();
      channel?.close();
      channel = undefined;
      unhear?.();
      unhear = undefined;
    },
    stash(notes) {
      journal.write(notes);
    },
    async recoverStashed() {
      listen();
      const stashed = journal.read();
      if (stashed.length === 0) return;
      // Read and write in one transaction: no other tab can write in between.
      await tx(NOTES_STORE, 'readwrite', async (t) => {
        for (const { tab: _tab, ...note } of stashed) {
          const next = recovered(note, await t.store.get(note.cardId));
          if (next) await (isBlankText(next.text) ? t.store.delete(next.cardId) : t.store.put(next));
        }
      });
      journal.remove(stashed);
      changed();
    },
    async get(cardId) {
      listen();
      return tx(NOTES_STORE, 'readonly', (t) => t.store.get(cardId));
    },
    async put(note) {
      listen();
      const blank = isBlankText(note.text);
      await tx(NOTES_STORE, 'readwrite', async (t) => {
        // Read and write in one transaction: no other tab can write in between.
        const stored = await t.store.get(note.cardId);
        if (isConflict(note, stored)) throw new NoteConflictError(stored);
        await (blank ? t.store.delete(note.cardId) : t.store.put(note));
      });
      journal.forget(note.cardId, note.updatedAt);
      changed({ cardId: note.cardId, note: blank ? undefined : note });
    },
    async delete(cardId) {
      listen();
      await tx(NOTES_STORE, 'readwrite', (t) => t.store.delete(cardId));
      journal.forget(cardId);
      changed({ cardId, note: undefined });
    },
    async list(limit) {
      listen();
      return tx(NOTES_STORE, 'readonly', async (t) => {
        const index = t.store.index(NOTES_BY_UPDATED_AT);
        if (limit === undefined) return (await index.getAll()).reverse();
        // The newest few by walking the index backwards: no cost for the thousands not asked for.
        const newest: Note[] = [];
        let cursor = await index.openCursor(null, 'prev');
        while (cursor && newest.length < limit) {
          newest.push(cursor.value);
          cursor = await cursor.continue();
        }
        return newest;
      });
    },
    subscribe: listeners.subscribe,
  };
}

/** Where notes end up: on the device ('idb') or only for as long as the tab is open ('memory'). */
export type StorageKind = 'idb' | 'memory';

export interface OpenedNotesStore {
  /** Usable at once: calls wait for the open (the first screen never waits for IndexedDB). */
  readonly store: NotesStore;
  readonly persistent: Promise<StorageKind>;
}

/**
 * The app's notes: IndexedDB when it really opens (and then the stash of a page that went away is
 * written in), otherwise memory, so the app still works (and can say that notes will not survive)
 * in a private window or with storage blocked.
 */
export function openNotesStore(): OpenedNotesStore {
  const idb = createIdbNotesStore();
  let chosen: NotesStore | undefined;
  const choosing = (async (): Promise<NotesStore> => {
    try {
      // Opening can throw at once (SecurityError) or fail later (InvalidStateError in old private modes).
      await idb.open();
    } catch {
      idb.close();
      return (chosen = createMemoryNotesStore());
    }
    // On failure the stash stays for the next open; the notes already stored are all there.
    await idb.recoverStashed().catch(() => {});
    return (chosen = idb);
  })();
  const listeners = createListeners<[NoteChange?]>();
  void choosing.then((store) => store.subscribe(listeners.notify));
  const store: NotesStore = {
    get: async (cardId) => (await choosing).get(cardId),
    put: async (note) => (await choosing).put(note),
    delete: async (cardId) => (await choosing).delete(cardId),
    list: async (limit) => (await choosing).list(limit),
    subscribe: listeners.subscribe,
    // Synchronous (the page may be going away): before the open there is nothing saved to lose
    // but the drafts, which the UI keeps.
    stash: (notes) => chosen?.stash?.(notes),
  };
  return { store, persistent: choosing.then((opened) => (opened === idb ? 'idb' : 'memory')) };
}

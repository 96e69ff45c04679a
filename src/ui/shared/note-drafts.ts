import type { Localized } from '../../domain/actor';
import { isBlankText, NoteConflictError } from '../../storage/notes-store';
import type { Note, NotesStore } from '../../storage/notes-store';

/** How long after the last keystroke a note is written: durable well within half a second. */
export const SAVE_DELAY_MS = 300;

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

export interface DraftState {
  readonly status: DraftStatus;
  /** The failure of the last write (its `name` tells e.g. QuotaExceededError). */
  readonly error?: unknown;
  /** In conflict: what another tab (or an import) stored meanwhile. */
  readonly theirs?: Note | undefined;
}

/**
 * Text the user typed that is not yet written, per card. It lives outside React so that a draft
 * outlives the field it was typed in and one `flushAll` reaches every draft, whichever exit path
 * (pagehide, hidden tab, update, unmount) asks for it.
 */
export interface NoteDrafts {
  /** Records new text and (re)starts its save timer (held while in conflict). */
  edit(cardId: string, text: string): void;
  /** The unwritten text for a card, if any. */
  pending(cardId: string): string | undefined;
  /** Every unwritten text, e.g. for an export that must not miss what could not be saved. */
  pendingAll(): ReadonlyMap<string, string>;
  state(cardId: string): DraftState;
  /**
   * The stored note this card's text is written on top of (0 for none). Setting it also ends a
   * conflict: the user has now seen what is stored, and the next edit writes over it.
   */
  setBase(cardId: string, note: Note | undefined): void;
  /** Writes the card's draft now; resolves when it (and any earlier write) is done. Never rejects. */
  flush(cardId: string): Promise<void>;
  /** Writes every draft now. Never rejects: failures show in `state` and `hasUnsaved`. */
  flushAll(): Promise<void>;
  hasUnsaved(): boolean;
  subscribe(listener: () => void): () => void;
}

export interface NoteDraftsOptions {
  readonly store: NotesStore;
  readonly editionVersion: string;
  /** The card's tip in this edition, recorded with each note. */
  readonly cardText?: (cardId: string) => Localized | undefined;
  readonly delayMs?: number;
  /** After a non-empty note was written. */
  readonly onSaved?: () => void;
}

const IDLE: DraftState = { status: 'idle' };
const SAVING: DraftState = { status: 'saving' };
const SAVED: DraftState = { status: 'saved' };

export function createNoteDrafts({
  store,
  editionVersion,
  cardText,
  delayMs = SAVE_DELAY_MS,
  onSaved,
}: NoteDraftsOptions): NoteDrafts {
  const drafts = new Map<string, string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const states = new Map<string, DraftState>();
  const bases = new Map<string, number>();
  // The last write per card, so writes to one card land in the order they were asked for.
  const writes = new Map<string, { readonly text: string; readonly done: Promise<void> }>();
  const listeners = new Set<() => void>();

  function setState(cardId: string, state: DraftState): void {
    if (states.get(cardId) === state) return;
    states.set(cardId, state);
    for (const listener of [...listeners]) listener();
  }

  function stopTimer(cardId: string): void {
    clearTimeout(timers.get(cardId));
    timers.delete(cardId);
  }

  const held = (cardId: string): boolean => states.get(cardId)?.status === 'conflict';

  function noteFor(cardId: string, text: string, updatedAt: number): Note {
    return { cardId, text, updatedAt, editionVersion, cardText: cardText?.(cardId), basedOn: bases.get(cardId) };
  }

  async function write(cardId: string, text: string): Promise<void> {
    const note = noteFor(cardId, text, Date.now());
    try {
      await store.put(note);
    } catch (error) {
      // Another tab wrote meanwhile: hold this text until the user chooses.
      setState(
        cardId,
        error instanceof NoteConflictError ? { status: 'conflict', theirs: error.stored } : { status: 'error', error },
      );
      return;
    }
    bases.set(cardId, isBlankText(text) ? 0 : note.updatedAt);
    // The user may have typed on while this was being written: then that newer draft stays.
    if (drafts.get(cardId) !== text) return;
    drafts.delete(cardId);
    stopTimer(cardId);
    setState(cardId, SAVED);
    if (text.trim() !== '') onSaved?.();
  }

  function flush(cardId: string): Promise<void> {
    stopTimer(cardId);
    const text = drafts.get(cardId);
    const last = writes.get(cardId);
    if (text === undefined || held(cardId) || last?.text === text) return last?.done ?? Promise.resolve();
    const done = (last?.done ?? Promise.resolve()).then(() => (held(cardId) ? undefined : write(cardId, text)));
    const entry = { text, done };
    writes.set(cardId, entry);
    void done.then(() => {
      if (writes.get(cardId) === entry) writes.delete(cardId);
    });
    return done;
  }

  function setBase(cardId: string, note: Note | undefined): void {
    bases.set(cardId, note?.updatedAt ?? 0);
    if (held(cardId)) setState(cardId, IDLE);
  }

  function edit(cardId: string, text: string): void {
    drafts.set(cardId, text);
    stopTimer(cardId);
    if (held(cardId)) return;
    timers.set(
      cardId,
      setTimeout(() => {
        timers.delete(cardId);
        void flush(cardId);
      }, delayMs),
    );
    setState(cardId, SAVING);
  }

  return {
    edit,
    pending: (cardId) => drafts.get(cardId),
    pendingAll: () => new Map(drafts),
    state: (cardId) => states.get(cardId) ?? IDLE,
    setBase,
    flush,
    async flushAll() {
      // The page may be going away: keep a synchronous copy before the writes that may not land.
      if (drafts.size > 0) {
        const updatedAt = Date.now();
        store.stash?.([...drafts].map(([cardId, text]) => noteFor(cardId, text, updatedAt)));
      }
      const cardIds = new Set([...drafts.keys(), ...writes.keys()]);
      await Promise.all([...cardIds].map(flush));
    },
    hasUnsaved: () => drafts.size > 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

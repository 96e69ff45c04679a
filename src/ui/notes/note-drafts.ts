import type { NotesStore } from '../../storage/notes-store';

/** How long after the last keystroke a note is written: durable well within half a second. */
export const SAVE_DELAY_MS = 300;

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface DraftState {
  readonly status: DraftStatus;
  /** The failure of the last write (its `name` tells e.g. QuotaExceededError). */
  readonly error?: unknown;
}

/**
 * Text the user typed that is not yet written, per card. It lives outside React so that a draft
 * outlives the field it was typed in and one `flushAll` reaches every draft, whichever exit path
 * (pagehide, hidden tab, update, unmount) asks for it.
 */
export interface NoteDrafts {
  /** Records new text and (re)starts its save timer. */
  edit(cardId: string, text: string): void;
  /** The unwritten text for a card, if any. */
  pending(cardId: string): string | undefined;
  state(cardId: string): DraftState;
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
  readonly delayMs?: number;
  /** After a non-empty note was written. */
  readonly onSaved?: () => void;
}

const IDLE: DraftState = { status: 'idle' };
const SAVING: DraftState = { status: 'saving' };
const SAVED: DraftState = { status: 'saved' };

export function createNoteDrafts({ store, editionVersion, delayMs = SAVE_DELAY_MS, onSaved }: NoteDraftsOptions): NoteDrafts {
  const drafts = new Map<string, string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const states = new Map<string, DraftState>();
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

  async function write(cardId: string, text: string): Promise<void> {
    try {
      await store.put({ cardId, text, updatedAt: Date.now(), editionVersion });
    } catch (error) {
      setState(cardId, { status: 'error', error });
      return;
    }
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
    if (text === undefined || last?.text === text) return last?.done ?? Promise.resolve();
    const done = (last?.done ?? Promise.resolve()).then(() => write(cardId, text));
    const entry = { text, done };
    writes.set(cardId, entry);
    void done.then(() => {
      if (writes.get(cardId) === entry) writes.delete(cardId);
    });
    return done;
  }

  return {
    edit(cardId, text) {
      drafts.set(cardId, text);
      stopTimer(cardId);
      timers.set(
        cardId,
        setTimeout(() => {
          timers.delete(cardId);
          void flush(cardId);
        }, delayMs),
      );
      setState(cardId, SAVING);
    },
    pending: (cardId) => drafts.get(cardId),
    state: (cardId) => states.get(cardId) ?? IDLE,
    flush,
    async flushAll() {
      // The page may be going away: keep a synchronous copy before the writes that may not land.
      if (drafts.size > 0) {
        const updatedAt = Date.now();
        store.stash?.([...drafts].map(([cardId, text]) => ({ cardId, text, updatedAt, editionVersion })));
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

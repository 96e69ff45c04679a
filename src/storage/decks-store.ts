import { createCachedConnection } from './cached-connection';
import type { OpensOnDemand } from './cached-connection';
import { createListeners } from './create-listeners';
import { BY_UPDATED_AT, DECKS_STORE } from './db-schema';
import type { OwnDeck } from './db-schema';

export type { OwnDeck };

/** What the UI knows of the user's own decks: IndexedDB in the app, memory in tests. */
export interface DecksStore {
  get(id: string): Promise<OwnDeck | undefined>;
  /** Saves (creates or replaces) a deck. */
  put(deck: OwnDeck): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every deck, the latest changed first. */
  list(): Promise<OwnDeck[]>;
  /** Called after any change made through this store. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface IdbDecksStore extends DecksStore, OpensOnDemand {}

/**
 * A stored value as an OwnDeck, or undefined: a backup import may have written anything, and a
 * broken deck must not break the screen that lists the others.
 */
export function readOwnDeck(value: unknown): OwnDeck | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, cardIds, createdAt, updatedAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || !Array.isArray(cardIds)) return undefined;
  if (typeof createdAt !== 'number' || typeof updatedAt !== 'number') return undefined;
  return { id, name, cardIds: cardIds.filter((cardId): cardId is string => typeof cardId === 'string'), createdAt, updatedAt };
}

/** Own decks in the app's database (the 'decks' store of version 2). */
export function createIdbDecksStore(): IdbDecksStore {
  const listeners = createListeners();
  const connection = createCachedConnection();
  return {
    open: connection.open,
    close: connection.close,
    async get(id) {
      return readOwnDeck(await (await connection.db()).get(DECKS_STORE, id));
    },
    async put(deck) {
      const tx = (await connection.db()).transaction(DECKS_STORE, 'readwrite');
      void tx.store.put({ ...deck, cardIds: [...deck.cardIds] });
      tx.commit?.();
      await tx.done;
      listeners.notify();
    },
    async delete(id) {
      await (await connection.db()).delete(DECKS_STORE, id);
      listeners.notify();
    },
    async list() {
      const oldestFirst = await (await connection.db()).getAllFromIndex(DECKS_STORE, BY_UPDATED_AT);
      return oldestFirst.reverse().flatMap((value) => readOwnDeck(value) ?? []);
    },
    subscribe: listeners.subscribe,
  };
}

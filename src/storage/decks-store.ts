import { DECKS_STORE } from './db-schema';
import type { OwnDeck } from './db-schema';
import { createIdbRecordStore } from './record-store';
import type { IdbRecordStore, RecordStore } from './record-store';

export type { OwnDeck };

/** What the UI knows of the user's own decks: IndexedDB in the app, memory in tests. */
export type DecksStore = RecordStore<OwnDeck>;

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
export function createIdbDecksStore(): IdbRecordStore<OwnDeck> {
  return createIdbRecordStore(DECKS_STORE, readOwnDeck);
}

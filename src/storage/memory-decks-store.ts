import type { DecksStore, OwnDeck } from './decks-store';
import { createMemoryRecordStore } from './memory-record-store';

const copy = (deck: OwnDeck): OwnDeck => ({ ...deck, cardIds: [...deck.cardIds] });

/** Own decks in memory only: for tests, and when IndexedDB cannot be used (lost when the tab closes). */
export function createMemoryDecksStore(initial: readonly OwnDeck[] = []): DecksStore {
  return createMemoryRecordStore(initial, copy);
}

import { createListeners } from './create-listeners';
import type { DecksStore, OwnDeck } from './decks-store';

const copy = (deck: OwnDeck): OwnDeck => ({ ...deck, cardIds: [...deck.cardIds] });

/** Own decks in memory only: for tests, and when IndexedDB cannot be used (lost when the tab closes). */
export function createMemoryDecksStore(initial: readonly OwnDeck[] = []): DecksStore {
  const decks = new Map<string, OwnDeck>(initial.map((deck) => [deck.id, copy(deck)]));
  const listeners = createListeners();
  return {
    async get(id) {
      const deck = decks.get(id);
      return deck && copy(deck);
    },
    async put(deck) {
      decks.set(deck.id, copy(deck));
      listeners.notify();
    },
    async delete(id) {
      decks.delete(id);
      listeners.notify();
    },
    async list() {
      // As the IndexedDB index read backwards: latest change first, ties by id descending.
      return [...decks.values()]
        .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .map(copy);
    },
    subscribe: listeners.subscribe,
  };
}

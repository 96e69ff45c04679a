import { createListeners } from './create-listeners';
import { byNewestFavourite } from './favourites-store';
import type { Favourite, FavouritesStore } from './favourites-store';

/** Starred cards in memory only: for tests, and when IndexedDB cannot be used (lost when the tab closes). */
export function createMemoryFavouritesStore(
  initial: readonly Favourite[] = [],
  { now = Date.now }: { readonly now?: () => number } = {},
): FavouritesStore {
  const favourites = new Map<string, Favourite>(initial.map((favourite) => [favourite.cardId, { ...favourite }]));
  const listeners = createListeners();
  return {
    async list() {
      return [...favourites.values()].map((favourite) => ({ ...favourite })).sort(byNewestFavourite);
    },
    async has(cardId) {
      return favourites.has(cardId);
    },
    async add(cardId) {
      if (!favourites.has(cardId)) favourites.set(cardId, { cardId, addedAt: now() });
      listeners.notify();
    },
    async remove(cardId) {
      favourites.delete(cardId);
      listeners.notify();
    },
    subscribe: listeners.subscribe,
  };
}

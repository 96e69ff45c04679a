import { createContext, use, useContext } from 'react';
import {
  createIdbDecksStore,
  createIdbFavouritesStore,
  createMemoryDecksStore,
  createMemoryFavouritesStore,
} from '../../storage/record-store';
import type { DecksStore, FavouritesStore } from '../../storage/record-store';

/** Where starred cards and own decks are kept. */
export interface ShelfStores {
  readonly favourites: FavouritesStore;
  readonly decks: DecksStore;
  /** 'memory' when IndexedDB cannot be used (a private window): nothing outlives the tab. */
  readonly kind: 'idb' | 'memory';
}

/** Tests hand in their stores here; the app leaves it empty and gets the device's database. */
export const ShelfStoresContext = createContext<ShelfStores | null>(null);

let opening: Promise<ShelfStores> | undefined;

/**
 * The app's stores, opened on first use (not at start-up: the first screen never waits for them).
 * If IndexedDB will not open, memory stores keep the features working for this visit.
 */
function openAppShelfStores(): Promise<ShelfStores> {
  opening ??= (async () => {
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      return { favourites: createMemoryFavouritesStore(), decks: createMemoryDecksStore(), kind: 'memory' as const };
    }
    const favourites = createIdbFavouritesStore();
    const decks = createIdbDecksStore();
    try {
      await Promise.all([favourites.open(), decks.open()]);
      return { favourites, decks, kind: 'idb' as const };
    } catch {
      favourites.close();
      decks.close();
      return { favourites: createMemoryFavouritesStore(), decks: createMemoryDecksStore(), kind: 'memory' as const };
    }
  })();
  return opening;
}

/** The shelf's stores; suspends while the database opens (a few milliseconds, once per visit). */
export function useShelfStores(): ShelfStores {
  const given = useContext(ShelfStoresContext);
  return given ?? use(openAppShelfStores());
}

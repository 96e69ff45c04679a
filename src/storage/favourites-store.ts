import { createCachedConnection } from './cached-connection';
import type { OpensOnDemand } from './cached-connection';
import { createListeners } from './create-listeners';
import { FAVOURITES_STORE } from './db-schema';
import type { Favourite } from './db-schema';

export type { Favourite };

/** What the UI knows of starred cards ("Mine kort"): IndexedDB in the app, memory in tests. */
export interface FavouritesStore {
  /** Every starred card, the latest starred first. */
  list(): Promise<Favourite[]>;
  has(cardId: string): Promise<boolean>;
  add(cardId: string): Promise<void>;
  remove(cardId: string): Promise<void>;
  /** Called after any change made through this store. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface IdbFavouritesStore extends FavouritesStore, OpensOnDemand {}

/** Latest first; the same moment keeps the card ids' order, so both stores list alike. */
export function byNewestFavourite(a: Favourite, b: Favourite): number {
  return b.addedAt - a.addedAt || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
}

/** Starred cards in the app's database (the 'favourites' store of version 2). */
export function createIdbFavouritesStore({ now = Date.now }: { readonly now?: () => number } = {}): IdbFavouritesStore {
  const listeners = createListeners();
  const connection = createCachedConnection();
  return {
    open: connection.open,
    close: connection.close,
    async list() {
      const all = await (await connection.db()).getAll(FAVOURITES_STORE);
      return all.sort(byNewestFavourite);
    },
    async has(cardId) {
      return (await (await connection.db()).getKey(FAVOURITES_STORE, cardId)) !== undefined;
    },
    async add(cardId) {
      const tx = (await connection.db()).transaction(FAVOURITES_STORE, 'readwrite');
      // Starring a starred card keeps when it was first starred.
      if ((await tx.store.getKey(cardId)) === undefined) void tx.store.put({ cardId, addedAt: now() });
      await tx.done;
      listeners.notify();
    },
    async remove(cardId) {
      await (await connection.db()).delete(FAVOURITES_STORE, cardId);
      listeners.notify();
    },
    subscribe: listeners.subscribe,
  };
}

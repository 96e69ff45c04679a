import { useCallback, useMemo } from 'react';
import type { Favourite } from '../../storage/record-store';
import { useStoreList } from './use-store-list';
import { useShelfStores } from './shelf-stores';

/** Every starred card, latest first, kept current; undefined until first read. */
export function useFavourites(): {
  readonly favourites: readonly Favourite[] | undefined;
  readonly starred: ReadonlySet<string>;
  readonly toggle: (cardId: string) => Promise<void>;
} {
  const { favourites: store } = useShelfStores();
  const favourites = useStoreList(store);
  const starred = useMemo<ReadonlySet<string>>(
    () => new Set(favourites?.map((favourite) => favourite.cardId)),
    [favourites],
  );
  const toggle = useCallback(
    async (cardId: string) => {
      if (await store.has(cardId)) await store.remove(cardId);
      else await store.add(cardId);
    },
    [store],
  );
  return { favourites, starred, toggle };
}

import { useCallback, useEffect, useState } from 'react';
import type { Favourite } from '../../storage/favourites-store';
import { useShelfStores } from './shelf-stores';

/** Every starred card, latest first, kept current; undefined until first read. */
export function useFavourites(): {
  readonly favourites: readonly Favourite[] | undefined;
  readonly starred: ReadonlySet<string>;
  readonly toggle: (cardId: string) => Promise<void>;
} {
  const { favourites: store } = useShelfStores();
  const [favourites, setFavourites] = useState<Favourite[] | undefined>(undefined);
  const [starred, setStarred] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    let current = true;
    const read = (): void => {
      store.list().then(
        (list) => {
          if (!current) return;
          setFavourites(list);
          setStarred(new Set(list.map((favourite) => favourite.cardId)));
        },
        () => {
          if (current) setFavourites([]);
        },
      );
    };
    read();
    const unsubscribe = store.subscribe(read);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [store]);
  const toggle = useCallback(
    async (cardId: string) => {
      if (await store.has(cardId)) await store.remove(cardId);
      else await store.add(cardId);
    },
    [store],
  );
  return { favourites, starred, toggle };
}

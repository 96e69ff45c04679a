import { useEffect, useState } from 'react';
import type { OwnDeck } from '../../storage/decks-store';
import { useShelfStores } from '../favourites/shelf-stores';

/** Every own deck, latest changed first, kept current; undefined until first read. */
export function useOwnDecks(): readonly OwnDeck[] | undefined {
  const { decks: store } = useShelfStores();
  const [decks, setDecks] = useState<OwnDeck[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const read = (): void => {
      store.list().then(
        (list) => {
          if (current) setDecks(list);
        },
        () => {
          if (current) setDecks([]);
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
  return decks;
}

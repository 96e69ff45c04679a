import { useEffect, useState } from 'react';

/** A store that lists its records and says when they change (starred cards, own decks, briefs). */
export interface ListedStore<T> {
  list(): Promise<T[]>;
  subscribe(listener: () => void): () => void;
}

/**
 * Every record of a store, in the store's order, kept current as it changes (here, in another tab
 * or by an import); undefined until first read, and empty if it cannot be read.
 */
export function useStoreList<T>(store: ListedStore<T>): T[] | undefined {
  const [records, setRecords] = useState<T[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const read = (): void => {
      store.list().then(
        (list) => {
          if (current) setRecords(list);
        },
        () => {
          if (current) setRecords([]);
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
  return records;
}

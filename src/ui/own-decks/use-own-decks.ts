import type { OwnDeck } from '../../storage/record-store';
import { useShelfStores } from '../shared/shelf-stores';
import { useStoreList } from '../shared/use-store-list';

/** Every own deck, latest changed first, kept current; undefined until first read. */
export function useOwnDecks(): readonly OwnDeck[] | undefined {
  return useStoreList(useShelfStores().decks);
}

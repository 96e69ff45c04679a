import { useLazyNamespace } from '../../i18n/use-lazy-namespace';
import type { Route } from '../routing/route';
import { OwnDecksScreen } from '../own-decks/own-decks-screen';
import { SearchPage } from '../search/search-page';
import { FavouritesPage } from './favourites-page';

/*
 * The deck's tools (star, put aside, shuffle) load from this module too, so all of this is one
 * lazy chunk: each separate chunk would cost the first screen a file name in its preload map.
 */
export { DeckTools } from '../deck/deck-tools';

type ShelfRoute = Extract<Route, { readonly name: 'search' | 'favourites' | 'ownDecks' }>;

/**
 * The screens of search, "Mine kort" and own decks behind one lazy import, so the first screen
 * pays for a single import() and none of their code or strings.
 */
export function ShelfScreen({ route }: { readonly route: ShelfRoute }) {
  useLazyNamespace('search', 'shelf');
  switch (route.name) {
    case 'search':
      return <SearchPage />;
    case 'favourites':
      return <FavouritesPage />;
    case 'ownDecks':
      return <OwnDecksScreen deckId={route.deckId} cardId={route.cardId} />;
  }
}

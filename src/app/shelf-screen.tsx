import { useLazyNamespace } from '../i18n/use-lazy-namespace';
import type { Route } from '../ui/routing/route';
import { OwnDecksScreen } from '../ui/own-decks/own-decks-screen';
import { SearchPage } from '../ui/search/search-page';
import { FavouritesPage } from '../ui/favourites/favourites-page';

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

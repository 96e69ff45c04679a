import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { Suspense, useState } from 'react';
import type { Favourite, OwnDeck } from '../../../src/storage/record-store';
import { createMemoryDecksStore, createMemoryFavouritesStore } from '../../../src/storage/record-store';
import { ShelfStoresContext } from '../../../src/ui/shared/shelf-stores';
import type { ShelfStores } from '../../../src/ui/shared/shelf-stores';
import { resetPutAsideCache } from '../../../src/ui/deck/put-aside';
import { App } from '../../../src/app/app';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import { buildUiEdition } from '../../support/build-ui-edition';
import { createTestI18n } from '../../support/create-test-i18n';
import { renderWithProviders } from '../../support/render-with-providers';
import type { RenderWithProvidersOptions } from '../../support/render-with-providers';
import { editionSourceFor } from '../../support/published-edition';

export interface RenderShelfOptions extends RenderWithProvidersOptions {
  readonly favourites?: readonly Favourite[];
  readonly decks?: readonly OwnDeck[];
  readonly stores?: ShelfStores;
  /** Where the screen starts (path and query): screens read the query themselves. */
  readonly url?: string;
  /** Keep what this tab's session put aside (a reload); otherwise every render starts clean. */
  readonly keepSession?: boolean;
}

/**
 * A shelf screen (search, "Mine kort", own decks, the deck tools) with in-memory stores for stars
 * and decks, beside the providers the app gives every screen.
 */
export function renderShelf(ui: ReactElement, options: RenderShelfOptions = {}) {
  const stores: ShelfStores = options.stores ?? {
    favourites: createMemoryFavouritesStore(options.favourites ?? []),
    decks: createMemoryDecksStore(options.decks ?? []),
    kind: 'idb',
  };
  window.sessionStorage.clear();
  resetPutAsideCache();
  const result = renderWithProviders(
    <AtUrl url={options.url ?? '/'}>
      <ShelfStoresContext.Provider value={stores}>
        <Suspense fallback={<p>…</p>}>{ui}</Suspense>
      </ShelfStoresContext.Provider>
    </AtUrl>,
    options,
  );
  return { ...result, stores };
}

/** Puts the address in place before the screen below mounts (renderWithProviders starts at "/"). */
function AtUrl({ url, children }: { readonly url: string; readonly children: ReactNode }) {
  useState(() => window.history.replaceState(null, '', url));
  return children;
}

/**
 * The whole app at an address, with in-memory notes, stars and decks. Rendered in an awaited act(),
 * as renderApp does: a lazy screen that suspends for the first time in a file inside a bare render()
 * is never retried (React drops the retry of a suspension in an act() that was not awaited).
 */
export async function renderAppWithShelf(url: string, options: RenderShelfOptions = {}) {
  const stores: ShelfStores = options.stores ?? {
    favourites: createMemoryFavouritesStore(options.favourites ?? []),
    decks: createMemoryDecksStore(options.decks ?? []),
    kind: 'idb',
  };
  if (!options.keepSession) window.sessionStorage.clear();
  resetPutAsideCache();
  window.history.replaceState(null, '', url);
  const i18n = createTestI18n(options.lang ?? 'da');
  const edition = options.edition ?? buildUiEdition();
  const store = options.store ?? createMemoryNotesStore();
  const user = userEvent.setup();
  const result = await act(async () =>
    render(
      <ShelfStoresContext.Provider value={stores}>
        <App edition={editionSourceFor(edition)} i18n={i18n} notesStore={store} storageKind="idb" />
      </ShelfStoresContext.Provider>,
    ),
  );
  return { ...result, user, stores, edition, store, i18n };
}

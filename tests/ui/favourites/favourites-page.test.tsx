import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeDeckShare } from '../../../src/domain/own-deck';
import { createMemoryDecksStore, createMemoryFavouritesStore } from '../../../src/storage/record-store';
import { FavouritesPage } from '../../../src/ui/favourites/favourites-page';
import { axeViolations } from '../../support/axe-violations';
import { buildDefaultCards, buildUiEdition } from '../../support/build-ui-edition';
import { renderShelf } from './render-shelf';

const cards = buildDefaultCards();
const edition = buildUiEdition({ cards });
const [first, second] = cards as [(typeof cards)[0], (typeof cards)[0]];

describe('Mine kort', () => {
  it('lists the starred cards, latest first, each a link to its card', async () => {
    renderShelf(<FavouritesPage />, {
      edition,
      favourites: [
        { cardId: first.id, addedAt: 1 },
        { cardId: second.id, addedAt: 2 },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Stjernemarkerede kort' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([second.title.da, first.title.da]);
    expect(links[0]).toHaveAttribute('href', `/kort/${second.from}/${second.to}/${second.id}`);
    expect(screen.getByText('2 stjernemarkerede kort')).toBeInTheDocument();
  });

  it('takes the star off a card', async () => {
    const { user, stores } = renderShelf(<FavouritesPage />, {
      edition,
      favourites: [{ cardId: first.id, addedAt: 1 }],
    });
    await user.click(await screen.findByRole('button', { name: `Fjern stjernen fra ${first.title.da}` }));
    expect(await screen.findByText(/ikke stjernemarkeret nogen kort/i)).toBeInTheDocument();
    expect(await stores.favourites.list()).toEqual([]);
  });

  it('says so when nothing is starred, with a way to find cards', async () => {
    renderShelf(<FavouritesPage />, { edition });
    expect(await screen.findByText(/ikke stjernemarkeret nogen kort/i)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find kort' })).toHaveAttribute('href', '/soeg');
  });

  it('makes a deck of the starred cards', async () => {
    renderShelf(<FavouritesPage />, {
      edition,
      favourites: [
        { cardId: first.id, addedAt: 2 },
        { cardId: second.id, addedAt: 1 },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Lav et kortspil af dem' });
    const href = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/egne-kort/ny');
    expect(decodeDeckShare(href.search)).toEqual({ name: 'Mine kort', cardIds: [first.id, second.id] });
  });

  it('keeps a star on a card the edition no longer has, so it can be taken off', async () => {
    renderShelf(<FavouritesPage />, { edition, favourites: [{ cardId: 'gammelt-kort', addedAt: 1 }] });
    expect(await screen.findByText('Kortet findes ikke i denne udgave')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /fjern stjernen fra kortet findes ikke/i })).toBeInTheDocument();
  });

  it('warns when stars will not outlive the tab', async () => {
    renderShelf(<FavouritesPage />, {
      edition,
      stores: { favourites: createMemoryFavouritesStore(), decks: createMemoryDecksStore(), kind: 'memory' },
    });
    expect(await screen.findByText(/forsvinder, når fanen lukkes/i)).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    renderShelf(<FavouritesPage />, { edition, favourites: [{ cardId: first.id, addedAt: 1 }] });
    await screen.findByRole('list', { name: 'Stjernemarkerede kort' });
    expect(await axeViolations()).toEqual([]);
  });
});

import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeDeckShare, encodeDeckShare } from '../../../src/domain/own-deck';
import type { OwnDeck } from '../../../src/storage/record-store';
import { OwnDecksScreen } from '../../../src/ui/own-decks/own-decks-screen';
import { axeViolations } from '../../support/axe-violations';
import { buildDefaultCards, buildUiEdition } from '../../support/build-ui-edition';
import { renderAppWithShelf, renderShelf } from '../favourites/render-shelf';

const cards = buildDefaultCards();
const edition = buildUiEdition({ cards });
const [a, b, c] = cards as [(typeof cards)[0], (typeof cards)[0], (typeof cards)[0]];

const savedDeck: OwnDeck = {
  id: 'deck-1',
  name: 'Besøg hos Grundfos',
  cardIds: [c.id, a.id],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

const pick = (title: string) => screen.findByRole('checkbox', { name: new RegExp(title) });

// The deck, its tools and the shelf's screens are lazy chunks: load them once, before the clock of any test runs.
beforeAll(async () => {
  await Promise.all([
    import('../../../src/ui/deck/deck-page'),
    import('../../../src/ui/deck/deck-tools'),
    import('../../../src/app/shelf-screen'),
  ]);
}, 60_000);

describe('making an own deck', () => {
  it('chooses cards, orders them, names the deck and saves it on the device', async () => {
    const { user, stores } = await renderAppWithShelf('/egne-kort/ny', { edition });
    await user.type(await screen.findByRole('textbox', { name: 'Navn på kortspillet' }), 'Til fredag');
    await user.click(await pick(a.title.da));
    await user.click(await pick(b.title.da));
    await user.click(await pick(c.title.da));
    const chosen = screen.getByRole('heading', { name: 'Valgt: 3 kort' });
    expect(chosen).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Flyt ${c.title.da} op` }));
    await user.click(screen.getByRole('button', { name: `Fjern ${a.title.da} fra kortspillet` }));
    await user.click(screen.getByRole('button', { name: 'Gem kortspillet' }));

    const [deck] = await stores.decks.list();
    expect(deck).toMatchObject({ name: 'Til fredag', cardIds: [c.id, b.id] });
    // Saved, the deck plays at once, in its order.
    expect(window.location.pathname).toBe(`/egne-kort/${deck?.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Til fredag' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: new RegExp(`^Vend kortet: ${c.title.da}`) })).toBeInTheDocument();
    expect(screen.getByText('1 af 2')).toBeInTheDocument();
  });

  it('narrows the cards to choose from by words and by pair', async () => {
    const { user } = await renderAppWithShelf('/egne-kort/ny', { edition });
    const list = await screen.findByRole('list', { name: 'Kort at vælge imellem' });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(8); // the active cards
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fra' }), 'laerer');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Til' }), 'elev');
    expect(await screen.findByText('2 kort passer')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Find kort med ordene' }), 'råd nummer 4');
    expect(await screen.findByText('1 kort passer')).toBeInTheDocument();
  });

  it('asks for a name and at least one card', async () => {
    const { user, stores } = await renderAppWithShelf('/egne-kort/ny', { edition });
    await user.click(await screen.findByRole('button', { name: 'Gem kortspillet' }));
    expect(await screen.findByText('Giv kortspillet et navn.')).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('textbox', { name: 'Navn på kortspillet' })).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByRole('textbox', { name: 'Navn på kortspillet' }), 'Tomt');
    await user.click(screen.getByRole('button', { name: 'Gem kortspillet' }));
    expect(await screen.findByText('Vælg mindst ét kort.')).toHaveAttribute('role', 'alert');
    expect(await stores.decks.list()).toEqual([]);
  });

  it('starts from the cards in the address (e.g. from "Mine kort")', async () => {
    await renderAppWithShelf(`/egne-kort/ny?${encodeDeckShare({ name: 'Mine kort', cardIds: [b.id, a.id] })}`, {
      edition,
    });
    expect(await screen.findByRole('textbox', { name: 'Navn på kortspillet' })).toHaveValue('Mine kort');
    expect(screen.getByRole('heading', { name: 'Valgt: 2 kort' })).toBeInTheDocument();
  });

  it('changes a saved deck', async () => {
    const { user, stores } = await renderAppWithShelf('/egne-kort/deck-1/ret', { edition, decks: [savedDeck] });
    const name = await screen.findByRole('textbox', { name: 'Navn på kortspillet' });
    expect(name).toHaveValue(savedDeck.name);
    await user.clear(name);
    await user.type(name, 'Nyt navn');
    await user.click(screen.getByRole('button', { name: `Flyt ${a.title.da} op` }));
    await user.click(screen.getByRole('button', { name: 'Gem kortspillet' }));
    await screen.findByRole('heading', { level: 1, name: 'Nyt navn' });
    expect(await stores.decks.get('deck-1')).toMatchObject({
      name: 'Nyt navn',
      cardIds: [a.id, c.id],
      createdAt: savedDeck.createdAt,
    });
  });
});

describe('own decks', () => {
  it('lists the decks on the device, and deletes one after asking', async () => {
    const { user, stores } = renderShelf(<OwnDecksScreen deckId={undefined} cardId={undefined} />, {
      edition,
      decks: [savedDeck],
    });
    const list = await screen.findByRole('list', { name: 'Dine kortspil' });
    expect(within(list).getByRole('link', { name: savedDeck.name })).toHaveAttribute('href', '/egne-kort/deck-1');
    expect(within(list).getByText(/2 kort/)).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: `Slet ${savedDeck.name}` }));
    await user.click(screen.getByRole('button', { name: 'Ja, slet' }));
    expect(await screen.findByText('Du har ikke lavet nogen kortspil endnu.')).toBeInTheDocument();
    expect(await stores.decks.list()).toEqual([]);
  });

  it('copies a link that opens the deck on another device', async () => {
    const { user } = renderShelf(<OwnDecksScreen deckId={undefined} cardId={undefined} />, {
      edition,
      decks: [savedDeck],
    });
    // After render: user-event puts a clipboard of its own in place when it is set up.
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: `Kopiér link til „${savedDeck.name}“` }));
    expect(await screen.findByText('Linket er kopieret.')).toBeInTheDocument();
    const url = new URL(String(writeText.mock.calls[0]?.[0]));
    expect(url.pathname).toBe('/egne-kort/delt');
    expect(decodeDeckShare(url.search)).toEqual({ name: savedDeck.name, cardIds: savedDeck.cardIds });
  });

  it('shows the link to copy by hand when the clipboard says no', async () => {
    const { user } = renderShelf(<OwnDecksScreen deckId={undefined} cardId={undefined} />, {
      edition,
      decks: [savedDeck],
    });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    await user.click(await screen.findByRole('button', { name: /kopiér link/i }));
    expect(await screen.findByText(/kunne ikke kopieres/i)).toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: `Link til ${savedDeck.name}` }) as HTMLInputElement).value).toContain(
      '/egne-kort/delt?navn=',
    );
  });

  it('opens a shared link as a deck, and keeps it on this device when asked', async () => {
    const { user, stores } = await renderAppWithShelf(
      `/egne-kort/delt?${encodeDeckShare({ name: 'Fra Mette', cardIds: [b.id, 'findes-ikke', a.id] })}`,
      { edition },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Fra Mette' })).toBeInTheDocument();
    expect(screen.getByText('1 af 2')).toBeInTheDocument();
    expect(screen.getByText(/1 kort i kortspillet findes ikke længere/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /næste kort/i }));
    expect(window.location.pathname).toBe(`/egne-kort/delt/${a.id}`);
    expect(window.location.search).toContain('kort=');
    await user.click(screen.getByRole('button', { name: 'Gem i mine kortspil' }));
    const [kept] = await stores.decks.list();
    expect(kept).toMatchObject({ name: 'Fra Mette', cardIds: [b.id, 'findes-ikke', a.id] });
    expect(window.location.pathname).toBe(`/egne-kort/${kept?.id}`);
  });

  it('says so when a deck is not on this device, or a link names no cards', async () => {
    await renderAppWithShelf('/egne-kort/deck-x', { edition });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kortspillet findes ikke her' })).toBeInTheDocument();
  });

  it('says so when a shared link names no cards', async () => {
    await renderAppWithShelf('/egne-kort/delt?navn=Tom', { edition });
    expect(await screen.findByRole('heading', { level: 1, name: 'Linket viser ikke et kortspil' })).toBeInTheDocument();
  });

  it('has no accessibility violations: the list, the editor and a deck', async () => {
    const list = renderShelf(<OwnDecksScreen deckId={undefined} cardId={undefined} />, { edition, decks: [savedDeck] });
    await screen.findByRole('list', { name: 'Dine kortspil' });
    expect(await axeViolations()).toEqual([]);
    list.unmount();
    const editor = await renderAppWithShelf('/egne-kort/deck-1/ret', { edition, decks: [savedDeck] });
    await screen.findByRole('textbox', { name: 'Navn på kortspillet' });
    expect(await axeViolations()).toEqual([]);
    editor.unmount();
    await renderAppWithShelf('/egne-kort/deck-1', { edition, decks: [savedDeck] });
    await screen.findByRole('heading', { level: 1, name: savedDeck.name });
    expect(await axeViolations()).toEqual([]);
  });
});

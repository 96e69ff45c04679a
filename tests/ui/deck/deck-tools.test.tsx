import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { selectDeck } from '../../../src/domain/select-deck';
import { seededShuffle } from '../../../src/domain/shuffle';
import { axeViolations } from '../../support/axe-violations';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderAppWithShelf } from '../favourites/render-shelf';

const edition = buildUiEdition();
// laerer → virksomhed has three cards in buildUiEdition.
const deck = selectDeck(edition.cards, 'laerer', 'virksomhed');
const [first, second, third] = deck as [(typeof deck)[0], (typeof deck)[0], (typeof deck)[0]];

const face = (title: string) => screen.findByRole('button', { name: new RegExp(`^Vend kortet: ${title}`) });

// The deck, its tools and the shelf's screens are lazy chunks: load them once, before the clock of any test runs.
beforeAll(async () => {
  await Promise.all([
    import('../../../src/ui/deck/deck-page'),
    import('../../../src/ui/deck/deck-tools'),
    import('../../../src/app/shelf-screen'),
  ]);
}, 60_000);

describe('the deck tools', () => {
  it('stars the card shown for "Mine kort", and takes the star off again', async () => {
    const { user, stores } = await renderAppWithShelf('/kort/laerer/virksomhed', { edition });
    const star = await screen.findByRole('button', { name: 'Stjernemarkér', pressed: false });
    await user.click(star);
    expect(await screen.findByRole('button', { name: 'Stjernemarkér', pressed: true })).toBeInTheDocument();
    expect((await stores.favourites.list()).map((f) => f.cardId)).toEqual([first.id]);
    await user.click(screen.getByRole('button', { name: 'Stjernemarkér', pressed: true }));
    expect(await screen.findByRole('button', { name: 'Stjernemarkér', pressed: false })).toBeInTheDocument();
    expect(await stores.favourites.list()).toEqual([]);
  });

  it('puts a card aside for the session and brings every card back in one tap', async () => {
    const { user } = await renderAppWithShelf('/kort/laerer/virksomhed', { edition });
    await user.click(await screen.findByRole('button', { name: 'Læg til side' }));
    expect(await screen.findByText('1 af 2')).toBeInTheDocument();
    expect(await face(second.title.da)).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/kort/laerer/virksomhed/${second.id}`);
    expect(screen.getByText('1 kort er lagt til side.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Læg til side' }));
    expect(await screen.findByText('1 af 1')).toBeInTheDocument();
    // The last card stays: an empty pile would look like a pair without cards.
    expect(screen.getByRole('button', { name: 'Læg til side' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Tag dem tilbage' }));
    expect(await screen.findByText('3 af 3')).toBeInTheDocument();
    expect(screen.queryByText(/lagt til side/)).not.toBeInTheDocument();
  });

  it('keeps cards aside when the deck is opened again in the same session (a reload)', async () => {
    const before = await renderAppWithShelf('/kort/laerer/virksomhed', { edition });
    await before.user.click(await screen.findByRole('button', { name: 'Læg til side' }));
    await screen.findByText('1 af 2');
    before.unmount();
    await renderAppWithShelf('/kort/laerer/virksomhed', { edition, keepSession: true });
    expect(await screen.findByText('1 af 2')).toBeInTheDocument();
    expect(await face(second.title.da)).toBeInTheDocument();
    expect(screen.getByText('1 kort er lagt til side.')).toBeInTheDocument();
  });

  it('shuffles with a seed in the address, and the same seed deals the same order', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { user } = await renderAppWithShelf('/kort/laerer/virksomhed', { edition });
    await user.click(await screen.findByRole('button', { name: /bland kortene/i }));
    const seed = new URLSearchParams(window.location.search).get('bland');
    expect(seed).toMatch(/^[a-z0-9]{6}$/);
    const order = seededShuffle(deck, seed ?? '');
    expect(await face(order[0]?.title.da ?? '')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Blandet med koden ${seed}`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /næste kort/i }));
    expect(await face(order[1]?.title.da ?? '')).toBeInTheDocument();
    // Moving on keeps the seed, so the address can be shared at any card.
    expect(window.location.search).toBe(`?bland=${seed}`);
    await user.click(screen.getByRole('button', { name: 'Notatets rækkefølge' }));
    expect(window.location.search).toBe('');
    expect(await face(order[1]?.title.da ?? '')).toBeInTheDocument();
  });

  it('deals a shared link’s order at once', async () => {
    await renderAppWithShelf('/kort/laerer/virksomhed?bland=abc123', { edition });
    const order = seededShuffle(deck, 'abc123');
    expect(await face(order[0]?.title.da ?? '')).toBeInTheDocument();
    expect(screen.getByText(`1 af 3`)).toBeInTheDocument();
  });

  it('draws a random card other than the one shown', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    const { user } = await renderAppWithShelf('/kort/laerer/virksomhed', { edition });
    await user.click(await screen.findByRole('button', { name: 'Træk et kort' }));
    expect(await face(third.title.da)).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/kort/laerer/virksomhed/${third.id}`);
  });

  it('has no accessibility violations', async () => {
    await renderAppWithShelf('/kort/laerer/virksomhed?bland=abc123', { edition });
    await screen.findByRole('button', { name: 'Stjernemarkér' });
    expect(await axeViolations()).toEqual([]);
  });
});

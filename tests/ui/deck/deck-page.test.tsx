import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { selectDeck } from '../../../src/domain/select-deck';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import { renderApp } from '../../support/render-app';

type Cards = Parameters<typeof selectDeck>[0];

function deckOf(cards: Cards, from: 'virksomhed' | 'laerer', to: 'laerer' | 'virksomhed') {
  return selectDeck(cards, from, to);
}

function firstOf(cards: Cards, from: 'virksomhed' | 'laerer', to: 'laerer' | 'virksomhed') {
  const [first] = deckOf(cards, from, to);
  if (!first) throw new Error(`the edition has no ${from}->${to} cards`);
  return first;
}

describe('the deck', () => {
  it('shows the first card face up, with the pair and its progress', async () => {
    const { edition } = await renderApp('/kort/virksomhed/laerer');
    const first = firstOf(edition.cards, 'virksomhed', 'laerer');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Virksomhed.*Lærer/);
    expect(screen.getByText('1 af 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: new RegExp(`^Vend kortet: .*${first.title.da}`) })).toBeInTheDocument();
    // The back is inert while the face is shown: its note field is out of reach.
    expect(screen.queryByRole('textbox', { name: /din note/i })).not.toBeInTheDocument();
  });

  it('marks a card face that has a note, and only that one', async () => {
    const { edition: content } = await import('../../support/published-edition');
    const [first, second] = deckOf(content.cards, 'virksomhed', 'laerer');
    if (!first || !second) throw new Error('the edition has fewer than two virksomhed->laerer cards');
    const store = createMemoryNotesStore([
      { cardId: first.id, text: 'Spørg til praktik', updatedAt: 1, editionVersion: content.version },
    ]);
    const { user } = await renderApp('/kort/virksomhed/laerer', { store });
    const face = await screen.findByRole('button', { name: new RegExp(`${first.title.da}.* – Har en note$`) });
    expect(within(face).getByText(/Har en note/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: /næste kort/i }));
    const next = screen.getByRole('button', { name: new RegExp(`^Vend kortet: .*${second.title.da}`) });
    expect(next).not.toHaveAccessibleName(/Har en note/);
  });

  it('flips to the back with the tip, the reflection, the source and the note field, and back again', async () => {
    const { user, edition } = await renderApp('/kort/virksomhed/laerer');
    const first = firstOf(edition.cards, 'virksomhed', 'laerer');
    await user.click(screen.getByRole('button', { name: /^vend kortet/i }));
    const back = screen.getByRole('region', { name: first.title.da });
    expect(within(back).getByText(first.tip.text.da ?? '')).toBeInTheDocument();
    if (first.reflection) expect(within(back).getByText(first.reflection.da)).toBeInTheDocument();
    expect(within(back).getByText(/^Kilde: /)).toBeInTheDocument();
    expect(within(back).getByRole('textbox', { name: /din note/i })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: first.title.da })).toHaveFocus();
    await user.click(within(back).getByRole('button', { name: /vend tilbage/i }));
    expect(screen.getByRole('button', { name: /^vend kortet/i })).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: /din note/i })).not.toBeInTheDocument();
  });

  it('moves with the buttons, keeps each card in the URL, and stops at the ends', async () => {
    const { user, edition } = await renderApp('/kort/virksomhed/laerer');
    const deck = deckOf(edition.cards, 'virksomhed', 'laerer');
    expect(screen.getByRole('button', { name: /forrige kort/i })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /næste kort/i }));
    expect(screen.getByText('2 af 3')).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/kort/virksomhed/laerer/${deck[1]?.id}`);
    // The tab's title names the pair and the card shown.
    expect(document.title).toBe(`Virksomhed → Lærer – ${deck[1]?.title.da}`);
    await user.click(screen.getByRole('button', { name: /næste kort/i }));
    expect(screen.getByRole('button', { name: /næste kort/i })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /forrige kort/i }));
    expect(window.location.pathname).toBe(`/kort/virksomhed/laerer/${deck[1]?.id}`);
  });

  it('answers the keyboard: arrows move, Space and Enter flip', async () => {
    const { user } = await renderApp('/kort/virksomhed/laerer');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('2 af 3')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText('1 af 3')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('textbox', { name: /din note/i })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('textbox', { name: /din note/i })).not.toBeInTheDocument();
  });

  it('does not change card when the arrows are used inside the note', async () => {
    const { user } = await renderApp('/kort/virksomhed/laerer');
    await user.click(screen.getByRole('button', { name: /^vend kortet/i }));
    await user.type(screen.getByRole('textbox', { name: /din note/i }), 'ab{ArrowLeft}{ArrowRight} ');
    expect(screen.getByText('1 af 3')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /din note/i })).toHaveValue('ab ');
  });

  it('moves on a swipe', async () => {
    await renderApp('/kort/virksomhed/laerer');
    const face = screen.getByRole('button', { name: /^vend kortet/i });
    act(() => {
      fireEvent.pointerDown(face, { clientX: 300, clientY: 100 });
      fireEvent.pointerUp(face, { clientX: 120, clientY: 110 });
      fireEvent.click(face);
    });
    expect(screen.getByText('2 af 3')).toBeInTheDocument();
    // The click that ended the swipe did not flip the new card.
    expect(screen.queryByRole('textbox', { name: /din note/i })).not.toBeInTheDocument();
  });

  it('opens a deep link at its card', async () => {
    const { edition } = await renderApp('/');
    const deck = deckOf(edition.cards, 'laerer', 'virksomhed');
    window.history.replaceState(null, '', `/kort/laerer/virksomhed/${deck[2]?.id}`);
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(await screen.findByText('3 af 3')).toBeInTheDocument();
  });

  it('swaps the direction of the pair', async () => {
    const { user } = await renderApp('/kort/virksomhed/laerer');
    await user.click(screen.getByRole('button', { name: /byt retning/i }));
    expect(window.location.pathname).toBe('/kort/laerer/virksomhed');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Lærer.*Virksomhed/);
  });

  it('says honestly when a pair has no cards', async () => {
    await renderApp('/kort/elev/laerer');
    expect(await screen.findByRole('heading', { name: /ingen kort for dette par/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /vælg et andet par/i })).toHaveAttribute('href', '/');
  });

  it('says so when the card in the address is not in the deck', async () => {
    await renderApp('/kort/virksomhed/laerer/findes-ikke');
    expect(screen.getByText(/findes ikke i dette spil/)).toBeInTheDocument();
    expect(screen.getByText('1 af 3')).toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    const { user, edition } = await renderApp('/kort/virksomhed/laerer');
    const first = firstOf(edition.cards, 'virksomhed', 'laerer');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: new RegExp(`^Flip the card: .*${first.title.en}`) })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});

import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/edition';
import { edition } from '../support/published-edition';
import { renderApp } from '../support/render-app';

function deferredCards() {
  let arrive: (cards: Edition['cards']) => void = () => {};
  const cards = new Promise<Edition['cards']>((resolve) => {
    arrive = resolve;
  });
  return { cards, arrive };
}

describe('the cards loading beside the first screen', () => {
  it('shows the whole start page, deck sizes and pair table included, before the cards arrive', async () => {
    const { cards } = deferredCards();
    const { user } = await renderApp('/', { cards });
    const iAm = screen.getByRole('group', { name: 'Jeg er …' });
    await user.click(within(iAm).getByRole('radio', { name: 'Lærer' }));
    expect(
      within(screen.getByRole('group', { name: '… og samarbejder med …' })).getByRole('radio', {
        name: /^Virksomhed.*3 kort/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lærer → Virksomhed: 3 kort' })).toBeInTheDocument();
  });

  it('opens a deck once the cards are in, with nothing shown half-done before', async () => {
    const { cards, arrive } = deferredCards();
    await renderApp('/kort/laerer/virksomhed', { cards });
    expect(screen.queryByRole('button', { name: /^Vend kortet/ })).not.toBeInTheDocument();
    await act(async () => arrive(edition.cards));
    expect(await screen.findByRole('button', { name: /^Vend kortet/ })).toBeInTheDocument();
    expect(screen.getByText('1 af 3')).toBeInTheDocument();
  });
});

import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';

interface Sighting {
  readonly insideMain: boolean;
  readonly hidden: boolean;
  readonly inert: boolean;
  readonly text: string;
  /** Card buttons a user (or a screen reader) could reach while it was there. */
  readonly reachableCards: number;
}

/** Records every DeckWarmUp that comes and goes (it stays for one frame only). */
function watchWarmUps(): { sightings: Sighting[]; stop: () => void } {
  const sightings: Sighting[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement) || !node.matches('.deck-warm-up')) continue;
        sightings.push({
          insideMain: node.closest('main') !== null,
          hidden: node.getAttribute('aria-hidden') === 'true',
          inert: node.inert || node.hasAttribute('inert'),
          text: node.textContent ?? '',
          reachableCards: screen.queryAllByRole('button', { name: /^vend kortet/i }).length,
        });
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { sightings, stop: () => observer.disconnect() };
}

const settleAndPaint = (): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, 600)));

describe('the deck warm-up', () => {
  let stop = (): void => {};
  afterEach(() => stop());

  it('is not drawn where the deck is not opened from (a deck link)', async () => {
    const watch = watchWarmUps();
    stop = watch.stop;
    await renderApp('/kort/virksomhed/laerer');
    await settleAndPaint();
    expect(watch.sightings).toEqual([]);
    expect(document.querySelector('.deck-warm-up')).toBeNull();
  });

  it('draws the first card once the start page is idle, out of sight and reach, then takes it away, once per page', async () => {
    const watch = watchWarmUps();
    stop = watch.stop;
    const { user, edition } = await renderApp('/');
    await settleAndPaint();
    const first = edition.cards.find((card) => card.status === 'active');
    expect(watch.sightings).toHaveLength(1);
    expect(watch.sightings[0]).toMatchObject({ insideMain: false, hidden: true, inert: true, reachableCards: 0 });
    expect(watch.sightings[0]?.text).toContain(first?.title.da);
    expect(watch.sightings[0]?.text).toContain(first?.tip.text.da);
    expect(document.querySelector('.deck-warm-up')).toBeNull();

    // To a deck and back to the start page: once was enough.
    await user.click(within(screen.getByRole('group', { name: 'Jeg er …' })).getByRole('radio', { name: 'Lærer' }));
    await user.click(screen.getByRole('button', { name: 'Vis kortene' }));
    expect(await screen.findByRole('button', { name: /^vend kortet/i })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Start' }));
    expect(await screen.findByRole('button', { name: 'Vis kortene' })).toBeInTheDocument();
    await settleAndPaint();
    expect(watch.sightings).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../src/domain/actor';
import { selectDeck } from '../../src/domain/select-deck';
import { countDecks, joinEdition, splitEdition } from '../../src/domain/split-edition';
import { buildCard } from '../support/build-card';
import { edition } from '../support/published-edition';

describe('splitting an edition into its core and its cards', () => {
  it('counts every deck the way selectDeck deals it, "all" included', () => {
    const sizes = countDecks(edition.cards);
    for (const from of ACTOR_IDS) {
      expect(sizes[from].all).toBe(selectDeck(edition.cards, from, 'all').length);
      for (const to of ACTOR_IDS) expect(sizes[from][to]).toBe(selectDeck(edition.cards, from, to).length);
    }
    expect(sizes.laerer.virksomhed).toBe(3);
    expect(sizes.elev.laerer).toBe(0);
  });

  it('leaves retired cards out of the counts', () => {
    const cards = [
      buildCard({ from: 'virksomhed', to: 'laerer' }),
      buildCard({ from: 'virksomhed', to: 'laerer', status: 'retired' }),
    ];
    expect(countDecks(cards).virksomhed).toMatchObject({ laerer: 1, all: 1 });
  });

  it('gives back exactly the edition it was given', () => {
    const { core, cards } = splitEdition(edition);
    expect(core).not.toHaveProperty('cards');
    expect(joinEdition(core, cards)).toEqual(edition);
  });
});

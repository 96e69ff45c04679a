import { describe, expect, it } from 'vitest';
import { cardsInvolving, countPairs, indexOfCard, selectDeck, stepIndex } from '../../src/domain/select-deck';
import { buildCard } from '../support/build-card';

describe('selectDeck', () => {
  const a = buildCard({ from: 'virksomhed', to: 'laerer' });
  const b = buildCard({ from: 'virksomhed', to: 'kommune' });
  const c = buildCard({ from: 'laerer', to: 'virksomhed' });
  const retired = buildCard({ from: 'virksomhed', to: 'laerer', status: 'retired' });
  const cards = [a, b, c, retired];

  it('deals the active cards of one ordered pair, in order', () => {
    expect(selectDeck(cards, 'virksomhed', 'laerer')).toEqual([a]);
    expect(selectDeck(cards, 'laerer', 'virksomhed')).toEqual([c]);
  });

  it('deals every partner for "all"', () => {
    expect(selectDeck(cards, 'virksomhed', 'all')).toEqual([a, b]);
  });

  it('never deals a retired card', () => {
    expect(selectDeck(cards, 'virksomhed', 'all')).not.toContain(retired);
  });

  it('counts each ordered pair, self-pairs and empty pairs as 0', () => {
    const counts = countPairs(cards);
    expect(counts.virksomhed.laerer).toBe(1);
    expect(counts.laerer.virksomhed).toBe(1);
    expect(counts.elev.laerer).toBe(0);
    expect(counts.laerer.laerer).toBe(0);
  });

  it('finds cards involving an actor on either side', () => {
    expect(cardsInvolving(cards, 'laerer')).toEqual([a, c]);
  });
});

describe('moving through a deck', () => {
  const deck = [buildCard(), buildCard(), buildCard()];

  it('starts at the named card, or the first when the name is unknown', () => {
    expect(indexOfCard(deck, deck[2]?.id)).toBe(2);
    expect(indexOfCard(deck, 'findes-ikke')).toBe(0);
    expect(indexOfCard(deck, undefined)).toBe(0);
  });

  it('steps without wrapping around', () => {
    expect(stepIndex(3, 0, 1)).toBe(1);
    expect(stepIndex(3, 2, 1)).toBe(2);
    expect(stepIndex(3, 0, -1)).toBe(0);
    expect(stepIndex(0, 0, 1)).toBe(0);
  });
});

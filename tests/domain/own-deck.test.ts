import { describe, expect, it } from 'vitest';
import {
  createDeckId,
  decodeDeckShare,
  encodeDeckShare,
  MAX_SHARED_CARDS,
  moveItem,
  resolveDeckCards,
  toggleId,
} from '../../src/domain/own-deck';
import { buildCard } from '../support/build-card';

describe('deck links', () => {
  it('round-trips a deck through a link', () => {
    const deck = { name: 'Mødet med Danfoss & co.', cardIds: ['laerer-virksomhed-a', 'elev-laerer-b'] };
    const query = encodeDeckShare(deck);
    expect(query).toBe('navn=M%C3%B8det%20med%20Danfoss%20%26%20co.&kort=laerer-virksomhed-a,elev-laerer-b');
    expect(decodeDeckShare(query)).toEqual(deck);
    expect(decodeDeckShare(`?${query}`)).toEqual(deck);
  });

  it('accepts only card-id-shaped values, each once, and a sensible name', () => {
    expect(decodeDeckShare('navn=%20%20Hej%0A%20du%20&kort=a-b,<script>,a-b,,C-D,c-d')).toEqual({
      name: 'Hej du',
      cardIds: ['a-b', 'c-d'],
    });
    expect(decodeDeckShare(`navn=${'x'.repeat(500)}&kort=a`)?.name).toHaveLength(80);
  });

  it('caps the number of cards a link may carry', () => {
    const ids = Array.from({ length: MAX_SHARED_CARDS + 50 }, (_, i) => `k-${i}`);
    expect(decodeDeckShare(`kort=${ids.join(',')}`)?.cardIds).toHaveLength(MAX_SHARED_CARDS);
  });

  it('gives nothing for a link without cards', () => {
    expect(decodeDeckShare('navn=Tom')).toBeUndefined();
    expect(decodeDeckShare('')).toBeUndefined();
  });
});

describe('own deck editing', () => {
  it('moves a card up and down, clamped to the deck', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });

  it('selects and unselects a card', () => {
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('finds the cards of a deck in its order and counts the ones no longer dealt', () => {
    const a = buildCard();
    const b = buildCard();
    const retired = buildCard({ status: 'retired' });
    const byId = new Map([a, b, retired].map((card) => [card.id, card]));
    expect(resolveDeckCards([b.id, 'gone', a.id, retired.id], byId)).toEqual({ cards: [b, a], missing: 2 });
  });

  it('makes deck ids that are slugs', () => {
    expect(createDeckId(1_700_000_000_000, () => 0.5)).toMatch(/^deck-[a-z0-9]+-[a-z0-9]{4}$/);
    expect(createDeckId(1, () => 0.1)).not.toBe(createDeckId(1, () => 0.2));
  });
});

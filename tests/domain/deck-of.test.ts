import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../src/domain/actor';
import { deckOf } from '../../src/domain/deck-of';
import { selectDeck } from '../../src/domain/select-deck';
import { buildCard } from '../support/build-card';
import { edition } from '../support/published-edition';

describe('deckOf', () => {
  it('deals every deck of the edition exactly as selectDeck does, in the same order', () => {
    for (const from of ACTOR_IDS) {
      for (const to of [...ACTOR_IDS, 'all'] as const) {
        expect(deckOf(edition, from, to).map((card) => card.id)).toEqual(
          selectDeck(edition.cards, from, to).map((card) => card.id),
        );
      }
    }
  });

  it('leaves retired cards out, and keeps each edition’s decks apart', () => {
    const active = buildCard({ from: 'kommune', to: 'elev' });
    const retired = buildCard({ from: 'kommune', to: 'elev', status: 'retired' });
    const small = { ...edition, cards: [retired, active] };
    expect(deckOf(small, 'kommune', 'elev')).toEqual([active]);
    expect(deckOf(small, 'kommune', 'all')).toEqual([active]);
    expect(deckOf(edition, 'kommune', 'elev')).toHaveLength(3);
  });
});

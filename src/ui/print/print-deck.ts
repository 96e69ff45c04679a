import type { Card } from '../../domain/card';
import { selectDeck } from '../../domain/select-deck';
import { ALL_PARTNERS } from '../routing/route';
import type { PrintDeck } from '../routing/route';

/** The cards a print route names, in the deck's order; ids not in this edition are skipped. */
export function printDeckCards(cards: readonly Card[], deck: PrintDeck): Card[] {
  switch (deck.kind) {
    case 'all':
      return cards.filter((card) => card.status === 'active');
    case 'pair':
      return selectDeck(cards, deck.from, deck.to === ALL_PARTNERS ? 'all' : deck.to);
    case 'cards': {
      const byId = new Map(cards.map((card) => [card.id, card]));
      return [...new Set(deck.cardIds)].map((id) => byId.get(id)).filter((card): card is Card => card !== undefined);
    }
  }
}

import type { ActorId } from '../../domain/actor';
import type { Card } from '../../domain/card';
import { selectDeck } from '../../domain/select-deck';
import { ALL_PARTNERS } from '../routing/route';
import type { PartnerChoice } from '../routing/route';

/** How many cards a deck route would deal, using the domain's own rule for which cards count. */
export function deckSize(cards: readonly Card[], from: ActorId, to: PartnerChoice): number {
  return selectDeck(cards, from, to === ALL_PARTNERS ? 'all' : to).length;
}

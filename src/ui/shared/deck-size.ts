import type { ActorId } from '../../domain/actor';
import type { DeckSizes } from '../../domain/edition';
import { ALL_PARTNERS } from '../routing/route';
import type { PartnerChoice } from '../routing/route';

/** How many cards a deck route deals (counted at build time by the domain's rule: src/domain/split-edition.ts). */
export function deckSize(sizes: DeckSizes, from: ActorId, to: PartnerChoice): number {
  return sizes[from][to === ALL_PARTNERS ? 'all' : to];
}

import { ACTOR_IDS } from './actor.ts';
import type { ActorId } from './actor.ts';
import type { Card } from './card';
import type { DeckSizes, Edition, EditionCore } from './edition';

/** How many cards each deck deals, by the rule selectDeck deals by (active cards only). */
export function countDecks(cards: readonly Card[]): DeckSizes {
  const sizes = Object.fromEntries(
    ACTOR_IDS.map((from) => [from, Object.fromEntries([...ACTOR_IDS, 'all'].map((to) => [to, 0]))]),
  ) as Record<ActorId, Record<ActorId | 'all', number>>;
  for (const card of cards) {
    if (card.status !== 'active') continue;
    sizes[card.from][card.to] += 1;
    sizes[card.from].all += 1;
  }
  return sizes;
}

/** The edition as it ships: the core for the first screen, the cards beside it. */
export function splitEdition({ cards, ...rest }: Edition): { core: EditionCore; cards: readonly Card[] } {
  return { core: { ...rest, deckSizes: countDecks(cards) }, cards };
}

/** The whole edition again, once its cards have arrived. */
export function joinEdition({ deckSizes: _deckSizes, ...rest }: EditionCore, cards: readonly Card[]): Edition {
  return { ...rest, cards };
}

import { ACTOR_IDS } from './actor';
import type { ActorId } from './actor';
import type { Card } from './card';
import type { Edition } from './edition';
import type { Partner } from './select-deck';

const indexes = new WeakMap<Edition, ReadonlyMap<string, readonly Card[]>>();

/**
 * Every deck of an edition, dealt in one pass over its cards by selectDeck's rule and kept per
 * edition: opening a deck of a ten-thousand-card edition looks its cards up instead of filtering.
 */
export function indexDecks(edition: Edition): ReadonlyMap<string, readonly Card[]> {
  let decks = indexes.get(edition);
  if (!decks) {
    const built = new Map<string, Card[]>(
      ACTOR_IDS.flatMap((from) => [...ACTOR_IDS, 'all'].map((to) => [`${from}>${to}`, []])),
    );
    for (const card of edition.cards) {
      if (card.status !== 'active') continue;
      built.get(`${card.from}>${card.to}`)?.push(card);
      built.get(`${card.from}>all`)?.push(card);
    }
    decks = built;
    indexes.set(edition, decks);
  }
  return decks;
}

/** The cards selectDeck(edition.cards, from, to) deals, in the same order, from the edition's index. */
export function deckOf(edition: Edition, from: ActorId, to: Partner): readonly Card[] {
  return indexDecks(edition).get(`${from}>${to}`) ?? [];
}

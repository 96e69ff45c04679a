import { ACTOR_IDS } from './actor';
import type { ActorId } from './actor';
import type { Card } from './card';

/** The partner side of a deck: one actor, or every other actor. */
export type Partner = ActorId | 'all';

/**
 * The active cards for "I am `from`, working with `to`", in the note's order. Retired cards keep
 * their id (notes stay reachable) but are never dealt.
 */
export function selectDeck(cards: readonly Card[], from: ActorId, to: Partner): Card[] {
  return cards.filter((card) => card.status === 'active' && card.from === from && (to === 'all' || card.to === to));
}

/** How many active cards each ordered pair has: counts[from][to]. Self-pairs are always 0. */
export function countPairs(cards: readonly Card[]): Record<ActorId, Record<ActorId, number>> {
  const counts = Object.fromEntries(
    ACTOR_IDS.map((from) => [from, Object.fromEntries(ACTOR_IDS.map((to) => [to, 0]))]),
  ) as Record<ActorId, Record<ActorId, number>>;
  for (const card of cards) {
    if (card.status === 'active') counts[card.from][card.to] += 1;
  }
  return counts;
}

/** The position of a card in a deck, or 0 when it is not there (start at the first card). */
export function indexOfCard(deck: readonly Card[], cardId: string | undefined): number {
  if (cardId === undefined) return 0;
  const index = deck.findIndex((card) => card.id === cardId);
  return index < 0 ? 0 : index;
}

/** Steps within a deck without wrapping around; returns the new index. */
export function stepIndex(length: number, index: number, step: 1 | -1): number {
  return Math.min(Math.max(index + step, 0), Math.max(length - 1, 0));
}

/** Every active card that involves an actor, on either side. */
export function cardsInvolving(cards: readonly Card[], actor: ActorId): Card[] {
  return cards.filter((card) => card.status === 'active' && (card.from === actor || card.to === actor));
}

import type { Card } from './card';
import type { Edition } from './edition';

const maps = new WeakMap<Edition, ReadonlyMap<string, Card>>();

/** Every card of an edition by id, built once per edition (ten thousand cards: never a find() per row). */
export function cardsById(edition: Edition): ReadonlyMap<string, Card> {
  let map = maps.get(edition);
  if (!map) {
    map = new Map(edition.cards.map((card) => [card.id, card]));
    maps.set(edition, map);
  }
  return map;
}

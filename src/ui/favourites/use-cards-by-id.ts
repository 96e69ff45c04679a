import type { Card } from '../../domain/card';
import type { Edition } from '../../domain/edition';
import { useEdition } from '../edition-context';

const maps = new WeakMap<Edition, ReadonlyMap<string, Card>>();

/** Every card of the edition by id, built once per edition (ten thousand cards: never a find() per row). */
export function useCardsById(): ReadonlyMap<string, Card> {
  const edition = useEdition();
  let map = maps.get(edition);
  if (!map) {
    map = new Map(edition.cards.map((card) => [card.id, card]));
    maps.set(edition, map);
  }
  return map;
}

import type { Card } from '../../domain/card';
import { cardsById } from '../../domain/cards-by-id';
import { useEdition } from './edition-context';

/** Every card of the edition by id (built when the cards arrive: src/ui/edition-context.tsx). */
export function useCardsById(): ReadonlyMap<string, Card> {
  return cardsById(useEdition());
}

import type { ActorId, Lang } from '../../domain/actor';
import { newSession } from '../../domain/facilitator-session';
import type { SessionState } from '../../domain/facilitator-session';
import { ALL_PARTNERS } from '../routing/route';
import type { PartnerChoice } from '../routing/route';

/**
 * Where a controller starts: the card in its address (else the first card), and, after a reload of
 * the same deck, the rest of the saved session (side, blackout, timer). Undefined for an empty deck.
 */
export function initialSession(
  deckIds: readonly string[],
  route: { readonly from: ActorId; readonly to: PartnerChoice; readonly cardId?: string | undefined },
  lang: Lang,
  saved: SessionState | undefined,
): SessionState | undefined {
  const first = deckIds[0];
  if (first === undefined) return undefined;
  const deck = { from: route.from, to: route.to === ALL_PARTNERS ? ('all' as const) : route.to };
  const same = saved && saved.deck.from === deck.from && saved.deck.to === deck.to ? saved : undefined;
  const has = (id: string | undefined): id is string => id !== undefined && deckIds.includes(id);
  const cardId = has(route.cardId) ? route.cardId : has(same?.cardId) ? same.cardId : first;
  if (!same) return newSession(deck, cardId, lang);
  return { ...same, cardId, side: cardId === same.cardId ? same.side : 'face', lang };
}

import type { SessionState } from '../../domain/facilitator-session';
import { ALL_PARTNERS, formatRoute } from '../routing/route';

/** The address that opens the session's deck at its card on a participant's own device. */
export function participantUrl(state: Pick<SessionState, 'deck' | 'cardId'>, origin: string): string {
  const to = state.deck.to === 'all' ? ALL_PARTNERS : state.deck.to;
  return new URL(formatRoute({ name: 'deck', from: state.deck.from, to, cardId: state.cardId }), origin).href;
}

/** The same address as people type it: no scheme. */
export function shortLink(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

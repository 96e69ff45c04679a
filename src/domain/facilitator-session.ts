import type { ActorId, Lang } from './actor';
import { MAX_TIMER_MS } from './bounds';
import type { Partner } from './select-deck';

/** Which side of the card the room sees. */
export type CardSide = 'face' | 'back';

/**
 * A session timer that survives pauses: `elapsedMs` is the time banked by earlier runs,
 * `runningSince` the clock reading when the current run started (null while paused).
 */
export interface SessionTimer {
  readonly runningSince: number | null;
  readonly elapsedMs: number;
}

/**
 * What the projector shows, decided by the controller. It holds ids and switches only: the card
 * texts come from the edition every window already has, and no personal note ever belongs here.
 */
export interface SessionState {
  readonly deck: { readonly from: ActorId; readonly to: Partner };
  readonly cardId: string;
  readonly side: CardSide;
  /** The projector goes dark (the room looks at the facilitator, not the screen). */
  readonly blackout: boolean;
  /** The projector shows the QR code and link that open this card on participants' own devices. */
  readonly join: boolean;
  readonly timer: SessionTimer;
  /** The controller's UI language, so the room reads the same language as the facilitator. */
  readonly lang: Lang;
}

/** What a facilitator can do; the projector window may ask for the ones a laptop key maps to. */
export type SessionAction =
  | { readonly type: 'show'; readonly cardId: string }
  | { readonly type: 'step'; readonly by: 1 | -1 }
  | { readonly type: 'flip' }
  | { readonly type: 'setSide'; readonly side: CardSide }
  | { readonly type: 'toggleBlackout' }
  | { readonly type: 'toggleJoin' }
  | { readonly type: 'toggleTimer'; readonly now: number }
  | { readonly type: 'resetTimer' }
  | { readonly type: 'setLang'; readonly lang: Lang };

export const STOPPED_TIMER: SessionTimer = { runningSince: null, elapsedMs: 0 };

export function newSession(deck: SessionState['deck'], cardId: string, lang: Lang): SessionState {
  return { deck, cardId, side: 'face', blackout: false, join: false, timer: STOPPED_TIMER, lang };
}

/** Milliseconds on the timer at `now` (never negative, even if the clock stepped back; at most MAX_TIMER_MS). */
export function timerElapsed(timer: SessionTimer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return Math.min(timer.elapsedMs + running, MAX_TIMER_MS);
}

export function isTimerRunning(timer: SessionTimer): boolean {
  return timer.runningSince !== null;
}

function toggleTimer(timer: SessionTimer, now: number): SessionTimer {
  if (timer.runningSince === null) return { runningSince: now, elapsedMs: timer.elapsedMs };
  return { runningSince: null, elapsedMs: timerElapsed(timer, now) };
}

/** The card `by` steps away within the deck, without wrapping; the same card at either end. */
export function stepCardId(cardIds: readonly string[], cardId: string, by: 1 | -1): string {
  const index = cardIds.indexOf(cardId);
  if (index < 0) return cardIds[0] ?? cardId;
  return cardIds[Math.min(Math.max(index + by, 0), cardIds.length - 1)] ?? cardId;
}

/**
 * The session after one action. `cardIds` is the deck in order; a card outside it is never shown.
 * A new card always starts face up, as in the deck.
 */
export function applySessionAction(
  state: SessionState,
  action: SessionAction,
  cardIds: readonly string[],
): SessionState {
  const showCard = (cardId: string): SessionState =>
    cardId === state.cardId || !cardIds.includes(cardId) ? state : { ...state, cardId, side: 'face' };
  switch (action.type) {
    case 'show':
      return showCard(action.cardId);
    case 'step':
      return showCard(stepCardId(cardIds, state.cardId, action.by));
    case 'flip':
      return { ...state, side: state.side === 'face' ? 'back' : 'face' };
    case 'setSide':
      return state.side === action.side ? state : { ...state, side: action.side };
    case 'toggleBlackout':
      return { ...state, blackout: !state.blackout };
    case 'toggleJoin':
      return { ...state, join: !state.join };
    case 'toggleTimer':
      return { ...state, timer: toggleTimer(state.timer, action.now) };
    case 'resetTimer':
      return { ...state, timer: STOPPED_TIMER };
    case 'setLang':
      return state.lang === action.lang ? state : { ...state, lang: action.lang };
  }
}

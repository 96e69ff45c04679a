import { describe, expect, it } from 'vitest';
import { applySessionAction, newSession, stepCardId, timerElapsed } from '../../src/domain/facilitator-session';
import type { SessionState } from '../../src/domain/facilitator-session';

const DECK = ['a-1', 'a-2', 'a-3'];

function session(overrides: Partial<SessionState> = {}): SessionState {
  return { ...newSession({ from: 'laerer', to: 'virksomhed' }, 'a-1', 'da'), ...overrides };
}

describe('facilitator session', () => {
  it('steps through the deck without wrapping around', () => {
    expect(stepCardId(DECK, 'a-1', 1)).toBe('a-2');
    expect(stepCardId(DECK, 'a-3', 1)).toBe('a-3');
    expect(stepCardId(DECK, 'a-1', -1)).toBe('a-1');
    expect(stepCardId(DECK, 'gone', 1)).toBe('a-1');
  });

  it('shows a new card face up, and never a card outside the deck', () => {
    const back = session({ side: 'back' });
    expect(applySessionAction(back, { type: 'step', by: 1 }, DECK)).toMatchObject({ cardId: 'a-2', side: 'face' });
    expect(applySessionAction(back, { type: 'show', cardId: 'a-3' }, DECK)).toMatchObject({
      cardId: 'a-3',
      side: 'face',
    });
    expect(applySessionAction(back, { type: 'show', cardId: 'other-deck' }, DECK)).toBe(back);
    // Staying on the same card keeps the side the facilitator chose.
    expect(applySessionAction(back, { type: 'step', by: -1 }, DECK)).toBe(back);
  });

  it('flips, sets a side, and toggles blackout and the QR code', () => {
    const s = session();
    expect(applySessionAction(s, { type: 'flip' }, DECK).side).toBe('back');
    expect(applySessionAction(session({ side: 'back' }), { type: 'flip' }, DECK).side).toBe('face');
    expect(applySessionAction(s, { type: 'setSide', side: 'back' }, DECK).side).toBe('back');
    expect(applySessionAction(s, { type: 'setSide', side: 'face' }, DECK)).toBe(s);
    expect(applySessionAction(s, { type: 'toggleBlackout' }, DECK).blackout).toBe(true);
    expect(applySessionAction(session({ blackout: true }), { type: 'toggleBlackout' }, DECK).blackout).toBe(false);
    expect(applySessionAction(s, { type: 'toggleJoin' }, DECK).join).toBe(true);
    expect(applySessionAction(s, { type: 'setLang', lang: 'en' }, DECK).lang).toBe('en');
  });

  it('times the session across pauses and resets to zero', () => {
    let s = session();
    s = applySessionAction(s, { type: 'toggleTimer', now: 1_000 }, DECK);
    expect(timerElapsed(s.timer, 4_000)).toBe(3_000);
    s = applySessionAction(s, { type: 'toggleTimer', now: 5_000 }, DECK);
    expect(s.timer.runningSince).toBeNull();
    // Paused: the clock moving on changes nothing.
    expect(timerElapsed(s.timer, 60_000)).toBe(4_000);
    s = applySessionAction(s, { type: 'toggleTimer', now: 100_000 }, DECK);
    expect(timerElapsed(s.timer, 101_500)).toBe(5_500);
    // A clock that steps back never makes the time run backwards.
    expect(timerElapsed(s.timer, 90_000)).toBe(4_000);
    s = applySessionAction(s, { type: 'resetTimer' }, DECK);
    expect(timerElapsed(s.timer, 200_000)).toBe(0);
    expect(s.timer.runningSince).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { FACILITATOR_PROTOCOL_VERSION, parseFacilitatorMessage } from '../../src/domain/facilitator-message';
import { newSession } from '../../src/domain/facilitator-session';

const state = newSession({ from: 'laerer', to: 'virksomhed' }, 'laerer-virksomhed-planlaeg-sammen', 'da');
const valid = {
  v: FACILITATOR_PROTOCOL_VERSION,
  kind: 'state',
  sender: 'ctrl-1',
  epoch: 1_700_000_000_000,
  seq: 3,
  state,
};

describe('facilitator messages', () => {
  it('reads every kind of message, as an object or as JSON text', () => {
    expect(parseFacilitatorMessage(valid)).toEqual({ ok: true, message: valid });
    expect(parseFacilitatorMessage(JSON.stringify(valid))).toEqual({ ok: true, message: valid });
    for (const message of [
      { v: 1, kind: 'hello', sender: 'p', role: 'projector' },
      { v: 1, kind: 'bye', sender: 'c', role: 'controller' },
      { v: 1, kind: 'command', sender: 'p', command: 'blackout' },
    ]) {
      expect(parseFacilitatorMessage(message)).toEqual({ ok: true, message });
    }
  });

  it('keeps only known fields, so a personal note can never ride along', () => {
    const sneaky = {
      ...valid,
      note: 'privat',
      state: { ...state, note: 'privat', deck: { ...state.deck, note: 'x' } },
    };
    const parsed = parseFacilitatorMessage(sneaky);
    expect(parsed.ok).toBe(true);
    expect(JSON.stringify(parsed)).not.toContain('privat');
    expect(parsed).toEqual({ ok: true, message: valid });
  });

  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['an array', [valid]],
    ['broken JSON', '{"v":1,'],
    ['another version', { ...valid, v: 2 }],
    ['no version', { ...valid, v: undefined }],
    ['an unknown kind', { ...valid, kind: 'takeover' }],
    ['a bad sender', { ...valid, sender: '<script>' }],
    ['an empty sender', { ...valid, sender: '' }],
    ['a negative seq', { ...valid, seq: -1 }],
    ['a fractional seq', { ...valid, seq: 1.5 }],
    ['an epoch that is not a number', { ...valid, epoch: '1' }],
    ['an infinite epoch', { ...valid, epoch: Infinity }],
    ['no state', { ...valid, state: undefined }],
    ['an unknown actor', { ...valid, state: { ...state, deck: { from: 'rektor', to: 'laerer' } } }],
    ['a self pair', { ...valid, state: { ...state, deck: { from: 'laerer', to: 'laerer' } } }],
    ['a card id that is not a slug', { ...valid, state: { ...state, cardId: '../../etc' } }],
    ['a very long card id', { ...valid, state: { ...state, cardId: 'a'.repeat(121) } }],
    ['an unknown side', { ...valid, state: { ...state, side: 'edge' } }],
    ['blackout as text', { ...valid, state: { ...state, blackout: 'true' } }],
    ['join missing', { ...valid, state: { ...state, join: undefined } }],
    ['a negative timer', { ...valid, state: { ...state, timer: { runningSince: null, elapsedMs: -5 } } }],
    ['a timer start as text', { ...valid, state: { ...state, timer: { runningSince: 'now', elapsedMs: 0 } } }],
    ['an unknown language', { ...valid, state: { ...state, lang: 'de' } }],
    ['an unknown role', { v: 1, kind: 'hello', sender: 'p', role: 'audience' }],
    ['an unknown command', { v: 1, kind: 'command', sender: 'p', command: 'delete' }],
  ])('ignores %s with a reason', (_label, data) => {
    const parsed = parseFacilitatorMessage(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/\w/);
  });

  it('survives hostile objects without throwing', () => {
    const getterBomb = Object.defineProperty({}, 'v', {
      get() {
        throw new Error('boom');
      },
    });
    expect(parseFacilitatorMessage(getterBomb)).toEqual({ ok: false, reason: 'unreadable' });
  });
});

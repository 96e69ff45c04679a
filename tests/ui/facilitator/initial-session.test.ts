import { describe, expect, it } from 'vitest';
import { newSession } from '../../../src/domain/facilitator-session';
import { initialSession } from '../../../src/ui/facilitator/initial-session';

describe('where a controller starts', () => {
  const ids = ['a-1', 'a-2', 'a-3'];
  const route = { from: 'laerer', to: 'virksomhed' } as const;

  it('starts at the card in the address, else the first card; nothing for an empty deck', () => {
    expect(initialSession(ids, { ...route, cardId: 'a-2' }, 'da', undefined)).toEqual(
      newSession({ from: 'laerer', to: 'virksomhed' }, 'a-2', 'da'),
    );
    expect(initialSession(ids, { ...route, cardId: 'nope' }, 'en', undefined)?.cardId).toBe('a-1');
    expect(initialSession([], route, 'da', undefined)).toBeUndefined();
    expect(initialSession(ids, { from: 'laerer', to: 'alle' }, 'da', undefined)?.deck).toEqual({
      from: 'laerer',
      to: 'all',
    });
  });

  it('resumes a reloaded session of the same deck, but not of another deck', () => {
    const saved = {
      ...newSession({ from: 'laerer', to: 'virksomhed' }, 'a-3', 'da'),
      side: 'back' as const,
      blackout: true,
      timer: { runningSince: 5, elapsedMs: 60_000 },
    };
    expect(initialSession(ids, route, 'da', saved)).toEqual(saved);
    expect(initialSession(ids, { ...route, cardId: 'a-3' }, 'en', saved)).toEqual({ ...saved, lang: 'en' });
    // Another card in the address: that card, face up, the rest kept.
    expect(initialSession(ids, { ...route, cardId: 'a-1' }, 'da', saved)).toEqual({
      ...saved,
      cardId: 'a-1',
      side: 'face',
    });
    expect(initialSession(ids, { from: 'laerer', to: 'elev' }, 'da', saved)?.blackout).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/ui/facilitator/session-timer';

describe('timer display', () => {
  it('reads as minutes and seconds, with hours when needed', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(5_999)).toBe('0:05');
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});

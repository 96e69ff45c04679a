import { describe, expect, it } from 'vitest';
import { isBackupDue, REMINDER_INTERVAL_MS } from '../../src/domain/backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_000 * DAY;

describe('when to remind of a backup', () => {
  it('never without notes', () => {
    expect(isBackupDue({ lastBackupAt: 0 }, false, NOW)).toBe(false);
  });

  it('counts 30 days from the last backup, or else from when notes were first seen', () => {
    expect(REMINDER_INTERVAL_MS).toBe(30 * DAY);
    expect(isBackupDue({ lastBackupAt: NOW - 29 * DAY }, true, NOW)).toBe(false);
    expect(isBackupDue({ lastBackupAt: NOW - 30 * DAY }, true, NOW)).toBe(true);
    expect(isBackupDue({ remindFrom: NOW - 10 * DAY }, true, NOW)).toBe(false);
    expect(isBackupDue({ remindFrom: NOW - 31 * DAY }, true, NOW)).toBe(true);
    // Not yet counting: the first visit with notes only starts the clock.
    expect(isBackupDue({}, true, NOW)).toBe(false);
  });

  it('is quiet for 30 days after the user put it away', () => {
    expect(isBackupDue({ lastBackupAt: NOW - 90 * DAY, dismissedAt: NOW - 5 * DAY }, true, NOW)).toBe(false);
    expect(isBackupDue({ lastBackupAt: NOW - 90 * DAY, dismissedAt: NOW - 31 * DAY }, true, NOW)).toBe(true);
  });
});

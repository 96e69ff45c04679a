/** How long after a backup (or a dismissed reminder) the app asks for the next one. */
export const REMINDER_INTERVAL_MS = 30 * 24 * 60 * 60 * 1000;

/** Times (ms since the epoch) the reminder goes by; absent: never happened. */
export interface BackupTimes {
  readonly lastBackupAt?: number;
  /** When notes were first seen without any backup. */
  readonly remindFrom?: number;
  readonly dismissedAt?: number;
}

/**
 * Whether to remind the user to save a backup: notes exist, and neither a backup nor the last
 * dismissal is within 30 days. The clock starts when notes are first seen, so a first note never
 * brings a reminder the same day, and a dismissal buys another 30 days: never a nag on every visit.
 */
export function isBackupDue(times: BackupTimes, hasNotes: boolean, now: number): boolean {
  if (!hasNotes) return false;
  const since = Math.max(times.lastBackupAt ?? times.remindFrom ?? now, times.dismissedAt ?? 0);
  return now - since >= REMINDER_INTERVAL_MS;
}

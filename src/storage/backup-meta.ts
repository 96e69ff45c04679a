import type { BackupTimes } from '../domain/backup-reminder';
import { META_STORE } from './db-schema';
import { openNotesDb } from './open-notes-db';

/*
 * Keys in the meta store: names on users' devices, never change without a migration. Times are
 * milliseconds since the epoch.
 */
/** When the user last saved a backup file (JSON; a Markdown print is not a backup). */
export const LAST_BACKUP_KEY = 'backup.lastExportAt' as const;
/** When notes were first seen without any backup: the reminder counts from here. */
export const REMIND_FROM_KEY = 'backup.remindFrom' as const;
/** When the user last put the reminder away. */
export const REMINDER_DISMISSED_KEY = 'backup.reminderDismissedAt' as const;

const FIELDS = { lastBackupAt: LAST_BACKUP_KEY, remindFrom: REMIND_FROM_KEY, dismissedAt: REMINDER_DISMISSED_KEY } as const;
type Field = keyof typeof FIELDS;

export interface BackupMetaStore {
  read(): Promise<BackupTimes>;
  write(field: Field, time: number): Promise<void>;
}

/** The backup facts in IndexedDB's meta store; a connection per call (they are rare). */
export function createIdbBackupMeta(): BackupMetaStore {
  return {
    async read() {
      const db = await openNotesDb();
      try {
        const tx = db.transaction(META_STORE);
        const entries = await Promise.all(
          (Object.entries(FIELDS) as [Field, string][]).map(async ([field, key]) => [field, await tx.store.get(key)] as const),
        );
        const meta: Partial<Record<Field, number>> = {};
        // Anything but a time (a hand-edited or future value) counts as never.
        for (const [field, value] of entries) if (typeof value === 'number' && Number.isFinite(value)) meta[field] = value;
        return meta;
      } finally {
        db.close();
      }
    },
    async write(field, time) {
      const db = await openNotesDb();
      try {
        await db.put(META_STORE, time, FIELDS[field]);
      } finally {
        db.close();
      }
    },
  };
}

/** Where nothing outlives the tab: the facts last for the visit. */
export function createMemoryBackupMeta(): BackupMetaStore {
  const meta: Partial<Record<Field, number>> = {};
  return {
    read: async () => ({ ...meta }),
    async write(field, time) {
      meta[field] = time;
    },
  };
}

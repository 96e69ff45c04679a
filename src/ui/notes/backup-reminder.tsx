import { useEffect, useId, useState } from 'react';
import { isBackupDue } from '../../domain/backup-reminder';
import { useNotesStorage, useNotesStore } from '../shared/notes-context';
import type { BackupAccess } from './backup-access';
import { openBackupAccess } from './backup-access';
import { useExportBackup } from './backup-section';
import { useBackupStrings } from '../shared/use-backup-strings';
import '../shared/backup.css';

/**
 * A gentle nudge to save a backup: only when notes exist and neither a backup nor a dismissal
 * happened in 30 days (see isBackupDue). Shows nothing, and loads no strings, otherwise.
 */
export function BackupReminder({ now = Date.now }: { readonly now?: () => number }) {
  const store = useNotesStore();
  const { kind } = useNotesStorage();
  const [due, setDue] = useState<{ readonly access: BackupAccess; readonly never: boolean }>();

  useEffect(() => {
    // In memory (a private window) the notes page already says they will not last.
    if (kind !== 'idb') return;
    let current = true;
    void (async () => {
      // Whether there are notes at all: the newest one says, at the cost of one.
      const [newest, access] = await Promise.all([store.list(1), openBackupAccess(store, kind)]);
      const hasNotes = newest.length > 0;
      const times = await access.meta.read();
      const at = now();
      // The 30 days count from when notes were first seen, never from before there were any.
      if (hasNotes && times.lastBackupAt === undefined && times.remindFrom === undefined)
        await access.meta.write('remindFrom', at);
      if (current && isBackupDue(times, hasNotes, at)) setDue({ access, never: times.lastBackupAt === undefined });
    })().catch(() => {});
    return () => {
      current = false;
    };
  }, [store, kind, now]);

  if (!due) return null;
  return (
    <ReminderMessage
      never={due.never}
      onDone={() => setDue(undefined)}
      onDismiss={() => {
        setDue(undefined);
        void due.access.meta.write('dismissedAt', now()).catch(() => {});
      }}
    />
  );
}

function ReminderMessage({
  never,
  onDone,
  onDismiss,
}: {
  readonly never: boolean;
  readonly onDone: () => void;
  readonly onDismiss: () => void;
}) {
  const { t } = useBackupStrings();
  const id = useId();
  const [failed, setFailed] = useState<string>();
  const exportBackup = useExportBackup((status) => setFailed(status.error ? status.message : undefined));
  return (
    <section className="backup-reminder" aria-labelledby={id}>
      <p id={id}>{never ? t('reminder.never') : t('reminder.text')}</p>
      {failed && <p role="alert">{failed}</p>}
      <div className="backup__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void exportBackup().then((saved) => saved && onDone())}
        >
          {t('reminder.action')}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t('reminder.dismiss')}
        </button>
      </div>
    </section>
  );
}

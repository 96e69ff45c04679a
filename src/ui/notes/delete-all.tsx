import { useEffect, useId, useRef, useState } from 'react';
import type { Note } from '../../storage/notes-store';
import { useNotesStorage, useNotesStore } from '../shared/notes-context';
import { openBackupAccess } from './backup-access';
import { useExportBackup } from './backup-section';
import { useBackupStrings } from '../shared/use-backup-strings';

interface DeleteAllProps {
  readonly count: number;
  /** All notes are gone; `restore` brings them back (the undo). */
  readonly onDeleted: (restore: () => Promise<void>) => void;
  readonly onStatus: (status: { readonly message: string; readonly error?: boolean }) => void;
}

/** "Slet alle noter": asks first, and offers a backup before anything is deleted. */
export function DeleteAll({ count, onDeleted, onStatus }: DeleteAllProps) {
  const { t } = useBackupStrings();
  const store = useNotesStore();
  const { kind } = useNotesStorage();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const exportBackup = useExportBackup(onStatus);

  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  function cancel(): void {
    setAsking(false);
    // Back where the user was, after the question's own buttons are gone.
    requestAnimationFrame(() => opener.current?.focus());
  }

  async function deleteAll(): Promise<void> {
    setBusy(true);
    try {
      const { storage } = await openBackupAccess(store, kind);
      const deleted: Note[] = await storage.clearNotes();
      setAsking(false);
      onDeleted(() => storage.restoreNotes(deleted));
    } catch {
      onStatus({ message: t('deleteAll.failed'), error: true });
    } finally {
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        className="button backup__danger"
        onClick={() => setAsking(true)}
        disabled={count === 0 || kind === 'opening'}
      >
        {t('deleteAll.button')}
      </button>
    );
  }
  return (
    <div className="delete-all" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={question} tabIndex={-1} className="delete-all__question">
        {t('deleteAll.question', { count })}
      </p>
      <p>{t('deleteAll.offer')}</p>
      <div className="backup__actions">
        <button type="button" className="button button--primary" onClick={() => void exportBackup()} disabled={busy}>
          {t('deleteAll.backupFirst')}
        </button>
        <button type="button" className="button backup__danger" onClick={() => void deleteAll()} disabled={busy}>
          {t('deleteAll.confirm')}
        </button>
        <button type="button" className="button" onClick={cancel} disabled={busy}>
          {t('deleteAll.cancel')}
        </button>
      </div>
    </div>
  );
}

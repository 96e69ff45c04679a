import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { useFlushNotes, useNotesStorage, useNotesStore, usePendingNotes } from '../shared/notes-context';
import { openBackupAccess } from './backup-access';
import { useBackupStrings } from '../shared/use-backup-strings';
import '../shared/backup.css';

// The import screen (file reading, checks, preview) loads when the user asks for it.
const ImportPanel = lazy(() => import('./import-panel').then((m) => ({ default: m.ImportPanel })));

interface Status {
  readonly message: string;
  readonly error?: boolean;
}

/**
 * A function that saves a file now (the JSON backup, or the notes as Markdown to read) and says
 * so; shared by every "save" button.
 */
function useExport(format: 'json' | 'markdown', onStatus: (status: Status) => void): () => Promise<boolean> {
  const { t } = useBackupStrings();
  const store = useNotesStore();
  const { kind } = useNotesStorage();
  const edition = useEdition();
  const lang = useLang();
  const flush = useFlushNotes();
  const pending = usePendingNotes();
  return async () => {
    try {
      // Whatever can still be written is written first; what cannot (a full disk) goes in as typed.
      await flush();
      const [files, access] = await Promise.all([import('./export-backup'), openBackupAccess(store, kind)]);
      const input = { access, edition, pending: pending(), now: new Date() };
      const file =
        format === 'json' ? await files.exportBackup(input) : await files.exportMarkdown({ ...input, lang, t });
      onStatus({
        message: format === 'json' ? t('backup.exported', { file }) : t('backup.exportedMarkdown', { file }),
      });
      return true;
    } catch {
      onStatus({ message: t('backup.exportFailed'), error: true });
      return false;
    }
  };
}

/** A function that saves the JSON backup now and says so; shared by every "save a backup" button. */
export function useExportBackup(onStatus: (status: Status) => void): () => Promise<boolean> {
  return useExport('json', onStatus);
}

/** The notes page's backup tools: save a file (JSON or Markdown), and bring one back. */
export function BackupSection({ onStatus }: { readonly onStatus?: (status: Status) => void }) {
  const { t } = useBackupStrings();
  const { kind } = useNotesStorage();
  const headingId = useId();
  const [status, setStatus] = useState<Status>();
  const [importing, setImporting] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);
  const report = (next: Status): void => {
    setStatus(next);
    onStatus?.(next);
  };
  const exportBackup = useExportBackup(report);
  const exportMarkdown = useExport('markdown', report);

  function closeImport(message?: string): void {
    setImporting(false);
    if (message) report({ message });
    importButton.current?.focus();
  }

  return (
    <section className="backup" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backup.heading')}</h2>
      <p>{t('backup.intro')}</p>
      <div className="backup__actions">
        {/* Until storage has opened it is not known where notes are: nothing to save or bring back yet. */}
        <button
          type="button"
          className="button button--primary"
          onClick={() => void exportBackup()}
          disabled={kind === 'opening'}
        >
          {t('backup.export')}
        </button>
        <button type="button" className="button" onClick={() => void exportMarkdown()} disabled={kind === 'opening'}>
          {t('backup.exportMarkdown')}
        </button>
        <button
          ref={importButton}
          type="button"
          className="button"
          aria-expanded={importing}
          onClick={() => setImporting(true)}
          disabled={kind === 'opening'}
        >
          {t('backup.import')}
        </button>
      </div>
      {/* Always in the DOM, so each new message is announced. */}
      <p role="status" className={status?.error ? 'backup__status backup__error' : 'backup__status'}>
        {status?.message}
      </p>
      {importing && (
        <Suspense fallback={<p>{t('backup.working')}</p>}>
          <ImportPanel onBackupFirst={() => void exportBackup()} onClose={closeImport} />
        </Suspense>
      )}
    </section>
  );
}

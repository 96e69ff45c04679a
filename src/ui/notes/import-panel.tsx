import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { MAX_BACKUP_BYTES, parseBackup } from '../../domain/backup-format';
import type { Backup, BackupProblem } from '../../domain/backup-format';
import type { ImportMode, ImportPlan, PlanOptions } from '../../domain/backup-plan';
import type { Edition } from '../../domain/edition';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { useNotesStorage, useNotesStore } from '../shared/notes-context';
import { openBackupAccess } from './backup-access';
import { ImportPreview } from './import-preview';
import { useBackupStrings } from '../shared/use-backup-strings';

interface ImportPanelProps {
  /** Saves a backup of what is here now (offered before a replace). */
  readonly onBackupFirst: () => void;
  /** Done (imported, or cancelled): the message to show, if any. */
  readonly onClose: (message?: string) => void;
}

type Problem = BackupProblem | 'unreadable';

/** Planned at the moment of asking: merged conflicts carry that time and a marker between the texts. */
function planOptions(edition: Edition, marker: string): PlanOptions {
  return {
    knownCardIds: new Set(edition.cards.map((card) => card.id)),
    now: Date.now(),
    joinConflict: (mine, theirs) => `${mine}\n\n${marker}\n${theirs}`,
  };
}

type Phase =
  | { readonly step: 'choose' }
  | { readonly step: 'reading' }
  | { readonly step: 'problem'; readonly problem: Problem; readonly where?: string | undefined }
  | { readonly step: 'preview'; readonly backup: Backup; readonly plan: ImportPlan }
  | { readonly step: 'importing'; readonly backup: Backup; readonly plan: ImportPlan }
  | { readonly step: 'failed'; readonly backup: Backup; readonly plan: ImportPlan; readonly quota: boolean };

/**
 * Brings a backup file back: read and check it (a bad file changes nothing), show what would
 * happen in the chosen mode, and import only on confirmation, all at once.
 */
export function ImportPanel({ onBackupFirst, onClose }: ImportPanelProps) {
  const { t } = useBackupStrings();
  const store = useNotesStore();
  const { kind } = useNotesStorage();
  const edition = useEdition();
  const lang = useLang();
  const headingId = useId();
  const fileId = useId();
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    fileInput.current?.focus();
  }, []);

  const options = (): PlanOptions => planOptions(edition, t('markdown.conflictMarker'));

  async function preview(backup: Backup, nextMode: ImportMode): Promise<void> {
    const { storage } = await openBackupAccess(store, kind);
    setPhase({ step: 'preview', backup, plan: await storage.plan(backup, nextMode, options()) });
  }

  async function choose(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    if (!file) return;
    // Not even read: a file this big is not ours.
    if (file.size > MAX_BACKUP_BYTES) {
      setPhase({ step: 'problem', problem: 'too-large' });
      return;
    }
    setPhase({ step: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPhase({ step: 'problem', problem: 'unreadable' });
      return;
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setPhase({ step: 'problem', problem: parsed.problem, where: parsed.where });
      return;
    }
    try {
      await preview(parsed.backup, mode);
    } catch {
      setPhase({ step: 'problem', problem: 'unreadable' });
    }
  }

  async function changeMode(next: ImportMode): Promise<void> {
    setMode(next);
    if (phase.step === 'preview') await preview(phase.backup, next).catch(() => {});
  }

  async function confirm(): Promise<void> {
    if (phase.step !== 'preview' && phase.step !== 'failed') return;
    const { backup, plan } = phase;
    setPhase({ step: 'importing', backup, plan });
    try {
      const { storage } = await openBackupAccess(store, kind);
      await storage.import(backup, mode, options());
    } catch (error) {
      setPhase({
        step: 'failed',
        backup,
        plan,
        quota: error instanceof DOMException && error.name === 'QuotaExceededError',
      });
      return;
    }
    onClose(t('import.done'));
  }

  const date = (iso: string): string =>
    new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );

  return (
    <section className="import-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('import.heading')}</h3>
      {/* The input is there for keyboards and screen readers; the label is the button a finger sees. */}
      <input
        ref={fileInput}
        id={fileId}
        className="import-panel__input"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void choose(event)}
        disabled={phase.step === 'reading' || phase.step === 'importing'}
      />
      <label className="button import-panel__file" htmlFor={fileId}>
        {t('import.file')}
      </label>
      {phase.step === 'reading' && <p role="status">{t('import.reading')}</p>}
      {phase.step === 'problem' && (
        <p role="alert" className="backup__error">
          {t(`problem.${phase.problem}`, { where: phase.where ?? '' })}
        </p>
      )}
      {(phase.step === 'preview' || phase.step === 'importing' || phase.step === 'failed') && (
        <>
          <p>{t('import.from', { date: date(phase.backup.exportedAt), version: phase.backup.edition.version })}</p>
          <fieldset className="import-panel__mode">
            <legend>{t('import.mode')}</legend>
            {(['merge', 'replace'] as const).map((value) => (
              <label key={value} className="import-panel__choice">
                <input
                  type="radio"
                  name={`${fileId}-mode`}
                  value={value}
                  checked={mode === value}
                  onChange={() => void changeMode(value)}
                />
                {t(`import.${value}`)}
              </label>
            ))}
          </fieldset>
          <ImportPreview plan={phase.plan} memoryOnly={kind !== 'idb'} />
          {phase.step === 'failed' && (
            <p role="alert" className="backup__error">
              {phase.quota ? t('import.failedQuota') : t('import.failed')}
            </p>
          )}
          <div className="backup__actions">
            {mode === 'replace' && (
              <button type="button" className="button" onClick={onBackupFirst}>
                {t('import.backupFirst')}
              </button>
            )}
            <button
              type="button"
              className="button button--primary"
              onClick={() => void confirm()}
              disabled={phase.step === 'importing'}
            >
              {t('import.confirm')}
            </button>
          </div>
        </>
      )}
      <div className="backup__actions">
        <button type="button" className="button" onClick={() => onClose()} disabled={phase.step === 'importing'}>
          {t('import.cancel')}
        </button>
      </div>
    </section>
  );
}

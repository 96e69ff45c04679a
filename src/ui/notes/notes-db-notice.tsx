import { useTranslation } from 'react-i18next';
import { useLazyNamespace } from '../../i18n/use-lazy-namespace';
import type { LocalDbEvent } from '../../storage/local-db';
import '../shared/notes.css';

interface NotesDbNoticeProps {
  /** The last event openNotesStore reported, or undefined while all is well. */
  readonly event: LocalDbEvent | undefined;
  /** Reloads the page; the composition root passes () => location.reload(). */
  readonly onReload: () => void;
}

/** Tells the user when note storage needs a reload (another tab updated it) or another tab closed. */
export function NotesDbNotice({ event, onReload }: NotesDbNoticeProps) {
  useLazyNamespace('notes');
  const { t } = useTranslation('notes');
  if (!event) return null;
  return (
    <div className="notes-db-notice" role="alert">
      <p>{t(`db.${event}`)}</p>
      {event !== 'blocked' && (
        <button type="button" className="button" onClick={onReload}>
          {t('db.reload')}
        </button>
      )}
    </div>
  );
}

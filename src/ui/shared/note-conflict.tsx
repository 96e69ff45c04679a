import { useId } from 'react';
import { useBackupStrings } from './use-backup-strings';
import './backup.css';

interface NoteConflictProps {
  /** What the other tab stored. */
  readonly theirs: string;
  /** The user's text, still in the field. */
  readonly mine: string;
  /** The text to keep; it is written over the other tab's. */
  readonly onResolve: (text: string) => void;
}

/** Both texts, the user's first; a blank one adds nothing. */
function joinTexts(mine: string, theirs: string): string {
  return [mine, theirs].filter((text) => text.trim() !== '').join('\n\n');
}

/** The other tab's text beside the user's (still in the field), and the three ways out. */
export function NoteConflict({ theirs, mine, onResolve }: NoteConflictProps) {
  const { t } = useBackupStrings();
  const id = useId();
  return (
    <section className="note-conflict" aria-labelledby={id}>
      {/* Announced as it appears: the user is typing and must learn of it now. */}
      <p id={id} role="alert" className="note-conflict__title">
        {t('conflict.changed')}
      </p>
      <p>{t('conflict.theirs')}</p>
      <blockquote className="note-conflict__theirs">
        <p>{theirs}</p>
      </blockquote>
      <p>{t('conflict.choose')}</p>
      <div className="note-conflict__actions">
        <button type="button" className="button button--primary" onClick={() => onResolve(joinTexts(mine, theirs))}>
          {t('conflict.both')}
        </button>
        <button type="button" className="button" onClick={() => onResolve(mine)}>
          {t('conflict.mine')}
        </button>
        <button type="button" className="button" onClick={() => onResolve(theirs)}>
          {t('conflict.theirsButton')}
        </button>
      </div>
    </section>
  );
}

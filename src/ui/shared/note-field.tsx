import { lazy, Suspense, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyNamespace } from '../../i18n/use-lazy-namespace';
import { limitNoteEdit, MAX_NOTE_LENGTH } from '../../domain/bounds';
import type { NoteExtras as Extras } from './note-extras';
import { Link } from '../routing/link';
import { useNotesStorage } from './notes-context';
import { useNote } from './use-note';
import './notes.css';

/*
 * What shows only now and then (a conflict with another tab, a card changed by a new edition)
 * loads with its strings when needed. If that fails (a newer app version has replaced the files
 * this tab runs on), the field goes on without it: held text is still stashed, and merged later.
 */
const NoteExtras = lazy<typeof Extras>(() =>
  import('./note-extras').then(
    (m) => ({ default: m.NoteExtras }),
    () => ({ default: () => null }),
  ),
);

interface NoteFieldProps {
  readonly cardId: string;
  /** Told whether the note has any text (the card's face then shows a marker). */
  readonly onHasText?: (hasText: boolean) => void;
}

/** The user's own note on a card, saved on this device as they type. */
export function NoteField({ cardId, onHasText }: NoteFieldProps) {
  // The note strings load with the deck (src/app/main.tsx), not with the start page.
  useLazyNamespace('notes');
  const { t, i18n } = useTranslation('notes');
  const { text, setText, status, error, note, theirs, resolve } = useNote(cardId);
  const hasText = text.trim() !== '';
  useEffect(() => {
    onHasText?.(hasText);
  }, [onHasText, hasText]);
  const { kind } = useNotesStorage();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div className="note-field">
      <label className="note-field__label" htmlFor={`${id}-text`}>
        {t('field.label')}
      </label>
      <textarea
        id={`${id}-text`}
        className="note-field__input"
        value={text}
        onChange={(event) => setText(limitNoteEdit(text, event.target.value))}
        maxLength={Math.max(MAX_NOTE_LENGTH, text.length)}
        rows={5}
        spellCheck
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={status === 'error' ? true : undefined}
      />
      <p id={hintId} className={kind === 'memory' ? 'note-field__hint note-field__hint--warning' : 'note-field__hint'}>
        {kind === 'memory' ? t('field.hintMemory') : t('field.hint')}
        {text.length >= MAX_NOTE_LENGTH &&
          ` ${t('field.limit', { limit: MAX_NOTE_LENGTH.toLocaleString(i18n.language) })}`}
      </p>
      {/* Always in the DOM, so screen readers hear each change of its text. */}
      <p role="status" className="note-field__status">
        {status === 'saving' ? t('field.saving') : status === 'saved' ? t('field.saved') : ''}
      </p>
      {error && (
        <p role="alert" id={errorId} className="note-field__error">
          {error}
        </p>
      )}
      {(kind === 'memory' || status === 'error') && (
        // Where notes cannot be kept, a file can: the notes page saves one.
        <Link className="button" to={{ name: 'notes' }}>
          {t('field.saveToFile')}
        </Link>
      )}
      {(note || status === 'conflict') && (
        <Suspense fallback={null}>
          <NoteExtras
            note={note}
            conflict={status === 'conflict' ? { theirs, mine: text } : undefined}
            onResolve={resolve}
          />
        </Suspense>
      )}
    </div>
  );
}

import { useRef, useState } from 'react';
import type { Card } from '../../domain/card';
import { NoteConflictError } from '../../storage/notes-store';
import type { Note, NotesStore } from '../../storage/notes-store';
import { ActorBadge } from '../shared/actor-badge';
import { useLang } from '../shared/use-lang';
import { BackupSection } from './backup-section';
import { CardChangedNotice } from '../shared/card-changed-notice';
import { DeleteAll } from './delete-all';
import { StorageStatus } from './storage-status';
import { useBackupStrings } from '../shared/use-backup-strings';
import { useCardsById } from '../shared/use-cards-by-id';
import { Link } from '../routing/link';
import { NOTE_SIDE_QUERY } from '../routing/route';
import { VirtualList } from '../shared/virtual-list';
import { useNotesStorage, useNotesStore } from '../shared/notes-context';
import { useNotesList } from '../shared/use-notes-list';
import { useBriefsList } from '../shared/briefs-context';
import { PrepNotes } from './prep-notes';
import '../shared/notes.css';

interface Status {
  readonly message: string;
  readonly error?: boolean;
  /** Brings back what was just deleted. */
  readonly undo?: () => Promise<void>;
  readonly undone?: string;
}

/** Notes read before the rest: more than a tall tablet shows. */
const FIRST_SCREENFUL = 6;

/** /noter: every note on this device, each with its card and a way back to it; backups. */
export function NotesPage() {
  const { t } = useBackupStrings();
  // A screenful first: with thousands of notes the page fills at once, the rest follows.
  const { notes, complete, failed, retry } = useNotesList({ first: FIRST_SCREENFUL });
  const store = useNotesStore();
  const { kind } = useNotesStorage();
  const briefs = useBriefsList();
  const prepNotes = briefs?.some((brief) => brief.cards.some((entry) => entry.note.trim() !== '')) ?? false;
  const [status, setStatus] = useState<Status>();
  const undoButton = useRef<HTMLButtonElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);

  function offerUndo(next: Status): void {
    setStatus(next);
    // The deleted note's button is gone: keep the keyboard at the way back.
    requestAnimationFrame(() => undoButton.current?.focus());
  }

  async function deleteNote(note: Note): Promise<void> {
    try {
      await store.delete(note.cardId);
    } catch {
      setStatus({ message: t('page.deleteFailed'), error: true });
      return;
    }
    offerUndo({
      message: t('page.deleted'),
      undone: t('page.undone'),
      undo: () => restore(store, note),
    });
  }

  async function undo(): Promise<void> {
    if (!status?.undo) return;
    try {
      await status.undo();
      setStatus({ message: status.undone ?? '' });
    } catch {
      setStatus({ message: t('page.deleteFailed'), error: true });
    }
    requestAnimationFrame(() => statusLine.current?.focus());
  }

  return (
    <div className="notes-page">
      <h1>{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      {kind === 'memory' && <p className="notes-page__warning">{t('storage.memory')}</p>}
      <StorageStatus />
      <BackupSection />
      {/* Always in the DOM, so deletions and undos are announced. */}
      <div role="status" className="notes-page__status">
        {status && (
          <p ref={statusLine} tabIndex={-1} className={status.error ? 'backup__error' : undefined}>
            {status.message}{' '}
            {status.undo && (
              <button ref={undoButton} type="button" className="button" onClick={() => void undo()}>
                {t('page.undo')}
              </button>
            )}
          </p>
        )}
      </div>
      {failed ? (
        <p role="alert">
          {t('page.readFailed')}{' '}
          <button type="button" className="button" onClick={retry}>
            {t('page.retry')}
          </button>
        </p>
      ) : notes === undefined ? (
        <p>{t('page.loading')}</p>
      ) : notes.length === 0 ? (
        <p>{prepNotes ? t('page.emptyCards') : t('page.empty')}</p>
      ) : (
        <>
          {/* The line keeps its place while the rest is read: nothing below it moves. */}
          <p>{complete ? t('page.count', { count: notes.length }) : '\u00a0'}</p>
          {/* Virtual: with as many notes as cards (thousands), only the notes near the screen are drawn. */}
          <VirtualList
            items={notes}
            rowHeightRem={14}
            variableHeight
            itemKey={noteKey}
            label={t('page.listLabel')}
            className="notes-page__list virtual-list--gap"
            renderItem={(note) => <NoteItem note={note} onDelete={() => void deleteNote(note)} />}
          />
        </>
      )}
      {complete && notes !== undefined && notes.length > 0 && (
        <DeleteAll
          count={notes.length}
          onStatus={setStatus}
          onDeleted={(restore) =>
            offerUndo({ message: t('deleteAll.done'), undone: t('deleteAll.undone'), undo: restore })
          }
        />
      )}
      {/* After "Slet alle noter", which deletes only the notes on cards: these are the briefs'. */}
      {briefs && <PrepNotes briefs={briefs} />}
    </div>
  );
}

function NoteItem({ note, onDelete }: { readonly note: Note; readonly onDelete: () => void }) {
  const { t } = useBackupStrings();
  const lang = useLang();
  const card: Card | undefined = useCardsById().get(note.cardId);
  const date = new Date(note.updatedAt);
  const title = card?.title[lang] ?? t('page.cardMissing');

  return (
    <div className="notes-page__item">
      {card ? (
        <>
          <h2>{card.title[lang]}</h2>
          <p className="notes-page__pair">
            <ActorBadge actorId={card.from} />
            <span aria-hidden="true">→</span>
            <span className="visually-hidden">{t('page.to')}</span>
            <ActorBadge actorId={card.to} />
          </p>
        </>
      ) : (
        // The card was removed from the content; the note is the user's and stays readable.
        <h2 className="notes-page__missing">{t('page.cardMissing')}</h2>
      )}
      <CardChangedNotice note={note} />
      <p className="notes-page__text">
        <span className="visually-hidden">{t('page.noteLabel')}: </span>
        {note.text}
      </p>
      <p className="notes-page__meta">
        {t('page.updated')} <time dateTime={date.toISOString()}>{formatDate(date, lang)}</time>
      </p>
      <div className="notes-page__actions">
        {card?.status === 'active' && (
          <Link
            className="button notes-page__open"
            to={{ name: 'deck', from: card.from, to: card.to, cardId: card.id }}
            query={`?${NOTE_SIDE_QUERY}`}
          >
            {t('page.openCard')}
            <span className="visually-hidden">: {title}</span>
          </Link>
        )}
        <button type="button" className="button" onClick={onDelete}>
          {t('page.delete')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      {card?.status === 'retired' && <p className="notes-page__meta">{t('page.cardRetired')}</p>}
    </div>
  );
}

const noteKey = (note: Note): string => note.cardId;

// One formatter per language, made when this screen's code loads: the first one a page makes
// loads the browser's locale data (about 15 ms), which would otherwise land on opening the list.
const dateFormats = new Map<string, Intl.DateTimeFormat>(
  (['da', 'en'] as const).map((lang) => [
    lang,
    new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
  ]),
);

/** Puts a deleted note back; a note written on the card meanwhile (another tab) is kept before it. */
async function restore(store: NotesStore, note: Note): Promise<void> {
  try {
    await store.put({ ...note, basedOn: 0 });
  } catch (error) {
    if (!(error instanceof NoteConflictError) || !error.stored) throw error;
    await store.put({ ...error.stored, text: `${error.stored.text}\n\n${note.text}`, basedOn: error.stored.updatedAt });
  }
}

function formatDate(date: Date, lang: string): string {
  return (dateFormats.get(lang) ?? dateFormats.get('da'))?.format(date) ?? date.toISOString();
}

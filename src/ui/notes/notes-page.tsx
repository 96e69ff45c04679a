import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/card';
import type { Note } from '../../storage/notes-store';
import { ActorBadge } from '../actors/actor-badge';
import { useLang } from '../actors/use-lang';
import { useEdition } from '../edition-context';
import { Link } from '../routing/link';
import { useNotesStorage } from './notes-context';
import { StorageStatus } from './storage-status';
import { useNotesList } from './use-notes-list';
import './notes.css';

/** /noter: every note on this device, each with its card and a way back to it. */
export function NotesPage() {
  const { t } = useTranslation('notes');
  const notes = useNotesList();
  const { kind } = useNotesStorage();

  return (
    <div className="notes-page">
      <h1>{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      {kind === 'memory' && <p className="notes-page__warning">{t('storage.memory')}</p>}
      <StorageStatus />
      {notes === undefined ? (
        <p>{t('page.loading')}</p>
      ) : notes.length === 0 ? (
        <p>{t('page.empty')}</p>
      ) : (
        <>
          <p>{t('page.count', { count: notes.length })}</p>
          <ul className="notes-page__list" aria-label={t('page.listLabel')}>
            {notes.map((note) => (
              <NoteItem key={note.cardId} note={note} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function NoteItem({ note }: { readonly note: Note }) {
  const { t } = useTranslation('notes');
  const { cards } = useEdition();
  const lang = useLang();
  const card: Card | undefined = cards.find((candidate) => candidate.id === note.cardId);
  const date = new Date(note.updatedAt);

  return (
    <li className="notes-page__item">
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
      <p className="notes-page__text">
        <span className="visually-hidden">{t('page.noteLabel')}: </span>
        {note.text}
      </p>
      <p className="notes-page__meta">
        {t('page.updated')} <time dateTime={date.toISOString()}>{formatDate(date, lang)}</time>
      </p>
      {card?.status === 'active' && (
        <Link className="button notes-page__open" to={{ name: 'deck', from: card.from, to: card.to, cardId: card.id }}>
          {t('page.openCard')}
          <span className="visually-hidden">: {card.title[lang]}</span>
        </Link>
      )}
      {card?.status === 'retired' && <p className="notes-page__meta">{t('page.cardRetired')}</p>}
    </li>
  );
}

function formatDate(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

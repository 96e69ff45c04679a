import type { Note } from '../../storage/notes-store';
import { useLang } from './use-lang';
import { cardsById } from '../../domain/cards-by-id';
import { useEdition } from './edition-context';
import { cardChange } from './card-change';
import type { CardChange } from './card-change';
import { useBackupStrings } from './use-backup-strings';
import './backup.css';

/**
 * "Kortet er ændret siden din note", with the card's old text one tap away; or, for a note from
 * before texts were recorded and another edition, that it is not known. Nothing when unchanged.
 */
export function CardChangedNotice({ note }: { readonly note: Note }) {
  const edition = useEdition();
  const lang = useLang();
  const change = cardChange(note, cardsById(edition).get(note.cardId), edition.version, lang);
  // Strings load only when there is something to say.
  return change ? <Notice change={change} /> : null;
}

function Notice({ change }: { readonly change: CardChange }) {
  const { t } = useBackupStrings();
  if (change.kind === 'unknown')
    return <p className="card-changed">{t('changed.unknown', { version: change.version })}</p>;
  return (
    <div className="card-changed">
      <p className="card-changed__title">{t('changed.title')}</p>
      <details className="card-changed__details">
        <summary>{t('changed.showOld')}</summary>
        <blockquote className="card-changed__old">
          <p>{change.then}</p>
        </blockquote>
      </details>
    </div>
  );
}

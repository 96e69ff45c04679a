import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnDeck } from '../../storage/record-store';
import { useLang } from '../shared/use-lang';
import { MemoryWarning } from '../shared/memory-warning';
import { useShelfStores } from '../shared/shelf-stores';
import { Link } from '../routing/link';
import { EDIT_DECK, NEW_DECK } from '../shared/own-deck-addresses';
import { ShareLink } from './share-link';
import { useOwnDecks } from './use-own-decks';

/** /egne-kort: the decks made on this device: play, change, share or delete them, or make a new one. */
export function OwnDecksPage() {
  const { t } = useTranslation('shelf');
  const decks = useOwnDecks();

  return (
    <div className="shelf-page">
      <title>{`${t('decks.title')} – ${t('appName', { ns: 'common' })}`}</title>
      <h1>{t('decks.title')}</h1>
      <p>{t('decks.intro')}</p>
      <MemoryWarning />
      <p>
        <Link className="button button--primary" to={{ name: 'ownDecks', deckId: NEW_DECK }}>
          <span aria-hidden="true">+</span> {t('decks.new')}
        </Link>
      </p>
      {decks === undefined ? (
        <p>{t('loading')}</p>
      ) : decks.length === 0 ? (
        <p>{t('decks.empty')}</p>
      ) : (
        <ul className="own-decks" aria-label={t('decks.listLabel')}>
          {decks.map((deck) => (
            <DeckItem key={deck.id} deck={deck} />
          ))}
        </ul>
      )}
    </div>
  );
}

function DeckItem({ deck }: { readonly deck: OwnDeck }) {
  const { t } = useTranslation('shelf');
  const lang = useLang();
  const { decks } = useShelfStores();
  const [confirming, setConfirming] = useState(false);
  const date = new Date(deck.updatedAt);
  return (
    <li className="own-decks__item">
      <h2 className="own-decks__name">
        <Link to={{ name: 'ownDecks', deckId: deck.id }}>{deck.name}</Link>
      </h2>
      <p className="own-decks__meta">
        {t('decks.cards', { count: deck.cardIds.length })} · {t('decks.updated')}{' '}
        <time dateTime={date.toISOString()}>
          {date.toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium' })}
        </time>
      </p>
      <div className="own-decks__actions">
        <Link
          className="button"
          to={{ name: 'ownDecks', deckId: deck.id, cardId: EDIT_DECK }}
          aria-label={t('decks.editLabel', { name: deck.name })}
        >
          {t('decks.edit')}
        </Link>
        {confirming ? (
          <span className="own-decks__confirm">
            <span>{t('decks.deleteConfirm', { name: deck.name })}</span>
            <button type="button" className="button" onClick={() => void decks.delete(deck.id)}>
              {t('decks.deleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('decks.deleteNo')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(true)}
            aria-label={t('decks.deleteLabel', { name: deck.name })}
          >
            {t('decks.delete')}
          </button>
        )}
      </div>
      <ShareLink draft={deck} />
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import { encodeDeckShare, MAX_SHARED_CARDS } from '../../domain/own-deck';
import type { Favourite } from '../../storage/record-store';
import { useLang } from '../shared/use-lang';
import { PairLabel } from '../shared/pair-label';
import { NEW_DECK } from '../shared/own-deck-addresses';
import { Link } from '../routing/link';
import { VirtualList } from '../shared/virtual-list';
import { MemoryWarning } from '../shared/memory-warning';
import { useCardsById } from '../shared/use-cards-by-id';
import { useFavourites } from '../shared/use-favourites';
import '../shared/shelf.css';

/** /mine-kort: the starred cards, each a way back to the card, and the way to one's own decks. */
export function FavouritesPage() {
  const { t } = useTranslation('shelf');
  const { favourites, toggle } = useFavourites();

  const ids = favourites?.map((favourite) => favourite.cardId) ?? [];
  return (
    <div className="shelf-page">
      <title>{`${t('favourites.title')} – ${t('appName', { ns: 'common' })}`}</title>
      <h1>{t('favourites.title')}</h1>
      <p>{t('favourites.intro')}</p>
      <MemoryWarning />
      {favourites === undefined ? (
        <p>{t('loading')}</p>
      ) : favourites.length === 0 ? (
        <p>
          {t('favourites.empty')} <Link to={{ name: 'search' }}>{t('favourites.findCards')}</Link>
        </p>
      ) : (
        <>
          <div className="shelf-page__bar">
            <p className="shelf-page__count">{t('favourites.count', { count: favourites.length })}</p>
            <Link
              className="button"
              to={{ name: 'ownDecks', deckId: NEW_DECK }}
              query={`?${encodeDeckShare({ name: t('favourites.title'), cardIds: ids.slice(0, MAX_SHARED_CARDS) })}`}
            >
              {t('favourites.makeDeck')}
            </Link>
          </div>
          <VirtualList
            items={favourites}
            rowHeightRem={7.5}
            itemKey={(favourite) => favourite.cardId}
            label={t('favourites.listLabel')}
            renderItem={(favourite) => (
              <FavouriteRow favourite={favourite} onUnstar={() => void toggle(favourite.cardId)} />
            )}
          />
        </>
      )}
      <section className="shelf-page__more" aria-labelledby="shelf-own-decks">
        <h2 id="shelf-own-decks">{t('favourites.ownDecksHeading')}</h2>
        <p>{t('favourites.ownDecksIntro')}</p>
        <Link className="button" to={{ name: 'ownDecks' }}>
          {t('favourites.ownDecksLink')}
        </Link>
      </section>
    </div>
  );
}

function FavouriteRow({ favourite, onUnstar }: { readonly favourite: Favourite; readonly onUnstar: () => void }) {
  const { t } = useTranslation('shelf');
  const lang = useLang();
  const card = useCardsById().get(favourite.cardId);
  const title = card ? card.title[lang] : t('favourites.missing');
  return (
    <div className="shelf-row">
      <div className="shelf-row__text">
        {card?.status === 'active' ? (
          <Link className="shelf-row__link" to={{ name: 'deck', from: card.from, to: card.to, cardId: card.id }}>
            {title}
          </Link>
        ) : (
          <p className="shelf-row__missing">{title}</p>
        )}
        {card && (
          <p className="shelf-row__meta">
            <PairLabel from={card.from} to={card.to} />
          </p>
        )}
      </div>
      <button type="button" className="button" onClick={onUnstar} aria-label={t('favourites.unstarLabel', { title })}>
        <span aria-hidden="true">★</span> {t('favourites.unstar')}
      </button>
    </div>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createDeckId, decodeDeckShare, resolveDeckCards } from '../../domain/own-deck';
import type { DeckDraft } from '../../domain/own-deck';
import type { OwnDeck } from '../../storage/record-store';
import { useCardsById } from '../shared/use-cards-by-id';
import { useShelfStores } from '../shared/shelf-stores';
import { Link } from '../routing/link';
import { navigate, useSearch } from '../routing/use-route';
import { useStoreList } from '../shared/use-store-list';
import { EDIT_DECK, NEW_DECK, SHARED_DECK } from '../shared/own-deck-addresses';
import { OwnDeckEditor } from './own-deck-editor';
import { OwnDeckPlayer } from './own-deck-player';
import { OwnDecksPage } from './own-decks-page';
import { ShareLink } from './share-link';
import '../shared/shelf.css';

interface OwnDecksScreenProps {
  readonly deckId: string | undefined;
  readonly cardId: string | undefined;
}

/** Which own-deck screen an address means: the list, a new deck, a shared one, or a saved one. */
export function OwnDecksScreen({ deckId, cardId }: OwnDecksScreenProps) {
  const search = useSearch();
  if (deckId === undefined) return <OwnDecksPage />;
  if (deckId === NEW_DECK) return <OwnDeckEditor initial={decodeDeckShare(search)} />;
  if (deckId === SHARED_DECK) return <SharedDeck cardId={cardId} />;
  return <SavedDeck key={deckId} deckId={deckId} cardId={cardId} />;
}

function useDeckCards(draft: DeckDraft | undefined) {
  const byId = useCardsById();
  return useMemo(() => (draft ? resolveDeckCards(draft.cardIds, byId) : { cards: [], missing: 0 }), [draft, byId]);
}

function SavedDeck({ deckId, cardId }: { readonly deckId: string; readonly cardId: string | undefined }) {
  const { t } = useTranslation('shelf');
  const { decks } = useShelfStores();
  // The one deck, kept current like a list of at most one (changed in another tab, or deleted).
  const found = useStoreList(
    useMemo(
      () => ({
        list: async () => [await decks.get(deckId)].filter((deck) => deck !== undefined),
        subscribe: decks.subscribe,
      }),
      [decks, deckId],
    ),
  );
  // undefined until read; null when there is no such deck (or it cannot be read).
  const deck = found && (found[0] ?? null);
  const { cards, missing } = useDeckCards(deck ?? undefined);

  if (deck === undefined) return <p>{t('loading')}</p>;
  if (deck === null) {
    return (
      <div className="shelf-page">
        <h1>{t('player.notFound')}</h1>
        <p>{t('player.notFoundBody')}</p>
        <Link className="button" to={{ name: 'ownDecks' }}>
          {t('player.toDecks')}
        </Link>
      </div>
    );
  }
  if (cardId === EDIT_DECK) return <OwnDeckEditor deck={deck} />;
  return (
    <OwnDeckPlayer name={deck.name} cards={cards} cardId={cardId} basePath={`/egne-kort/${deck.id}`}>
      {missing > 0 && <p className="shelf-warning">{t('player.missing', { count: missing })}</p>}
      <div className="shelf-actions">
        <Link className="button" to={{ name: 'ownDecks', deckId: deck.id, cardId: EDIT_DECK }}>
          {t('player.edit')}
        </Link>
        <Link className="button" to={{ name: 'ownDecks' }}>
          {t('player.toDecks')}
        </Link>
      </div>
      <ShareLink draft={deck} />
    </OwnDeckPlayer>
  );
}

function SharedDeck({ cardId }: { readonly cardId: string | undefined }) {
  const { t } = useTranslation('shelf');
  const { decks } = useShelfStores();
  const search = useSearch();
  // Read once: moving between cards keeps the query, and the link's deck does not change under the reader.
  const [draft] = useState(() => decodeDeckShare(search));
  const { cards, missing } = useDeckCards(draft);
  const [failed, setFailed] = useState(false);
  if (!draft) {
    return (
      <div className="shelf-page">
        <h1>{t('player.badLink')}</h1>
        <p>{t('player.badLinkBody')}</p>
      </div>
    );
  }
  const name = draft.name || t('player.sharedName');
  const keep = async (): Promise<void> => {
    const at = Date.now();
    const deck: OwnDeck = { id: createDeckId(at), name, cardIds: [...draft.cardIds], createdAt: at, updatedAt: at };
    try {
      await decks.put(deck);
      navigate({ name: 'ownDecks', deckId: deck.id });
    } catch {
      setFailed(true);
    }
  };
  return (
    <OwnDeckPlayer
      name={name}
      cards={cards}
      cardId={cardId}
      basePath={`/egne-kort/${SHARED_DECK}`}
      kicker={t('player.sharedKicker')}
    >
      {missing > 0 && <p className="shelf-warning">{t('player.missing', { count: missing })}</p>}
      {failed && (
        <p className="shelf-warning" role="alert">
          {t('editor.problem.save')}
        </p>
      )}
      <div className="shelf-actions">
        <button type="button" className="button button--primary" onClick={() => void keep()}>
          {t('player.keep')}
        </button>
      </div>
    </OwnDeckPlayer>
  );
}

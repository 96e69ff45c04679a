import { useCallback, useLayoutEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorId } from '../../domain/actor';
import type { Card } from '../../domain/card';
import { createSeed, drawIndex, isSeed, seededShuffle } from '../../domain/shuffle';
import { useFavourites } from '../shared/use-favourites';
import { formatRoute, SHUFFLE_KEY } from '../routing/route';
import type { PartnerChoice } from '../routing/route';
import { navigate, useSearch, useSearchParam } from '../routing/use-route';
import { useLazyNamespace } from '../../i18n/use-lazy-namespace';
import { bringBack, putAside, usePutAside } from './put-aside';
import './deck-tools.css';

/** How the deck page deals its cards once the tools have loaded. */
export interface DeckShape {
  readonly deal: (cards: readonly Card[]) => readonly Card[];
}

interface DeckToolsProps {
  readonly from: ActorId;
  readonly to: PartnerChoice;
  /** The deck as the edition deals it. */
  readonly dealt: readonly Card[];
  /** The card shown. */
  readonly card: Card;
  /** The deal to use instead of the note's order; undefined while it would change nothing. */
  readonly onShape: (shape: DeckShape | undefined) => void;
}

/**
 * What one does with a pile of paper cards, on the deck: star a card for "Mine kort", put it
 * aside for the session, shuffle (with a seed in the address, so every table can be dealt the
 * same order), or draw one at random. Loaded after the deck has painted.
 */
export function DeckTools(props: DeckToolsProps) {
  useLazyNamespace('shelf');
  return <Tools {...props} />;
}

function Tools({ from, to, dealt, card, onShape }: DeckToolsProps) {
  const { t } = useTranslation('shelf');
  const deckKey = `${from}/${to}`;
  const search = useSearch();
  const inUrl = useSearchParam(SHUFFLE_KEY);
  const seed = isSeed(inUrl) ? inUrl : undefined;
  const aside = usePutAside(deckKey);
  const { starred, toggle } = useFavourites();

  // Shuffle first, then leave out what is aside: putting a card aside never reorders the rest.
  const deal = useCallback(
    (cards: readonly Card[]) => {
      const order = seed ? seededShuffle(cards, seed) : cards;
      if (aside.length === 0) return order;
      const away = new Set(aside);
      return order.filter((c) => !away.has(c.id));
    },
    [seed, aside],
  );
  // Before paint: the deck never shows a card in the order it is about to leave. Unshuffled with
  // nothing aside, the deck stays as dealt: no second render of the card as the tools arrive.
  const reshapes = seed !== undefined || aside.length > 0;
  useLayoutEffect(() => onShape(reshapes ? { deal } : undefined), [reshapes, deal, onShape]);
  const deck = useMemo(() => deal(dealt), [deal, dealt]);
  const index = deck.findIndex((c) => c.id === card.id);

  const show = (cardId: string | undefined): void => {
    navigate(`${formatRoute({ name: 'deck', from, to, ...(cardId ? { cardId } : {}) })}${search}`, { replace: true });
  };

  const shuffle = (): void => {
    const next = createSeed();
    // A new history entry: Back returns to the order before.
    navigate(`${formatRoute({ name: 'deck', from, to })}?${SHUFFLE_KEY}=${next}`);
  };

  const unshuffle = (): void => {
    navigate(formatRoute({ name: 'deck', from, to, cardId: card.id }), { replace: true });
  };

  const setAside = (): void => {
    const next = deck[index + 1] ?? deck[index - 1];
    putAside(deckKey, card.id);
    show(next?.id);
  };

  // The tools re-render at every card: their labels are looked up once per language, not each time.
  const label = useMemo(
    () => ({
      star: t('tools.star'),
      putAside: t('tools.putAside'),
      shuffle: t('tools.shuffle'),
      draw: t('tools.draw'),
      unshuffle: t('tools.unshuffle'),
      bringBack: t('tools.bringBack'),
    }),
    [t],
  );
  const isStarred = starred.has(card.id);
  return (
    <div className="deck-tools">
      <div className="deck-tools__row">
        <button
          type="button"
          className="button deck-tools__star"
          aria-pressed={isStarred}
          onClick={() => void toggle(card.id)}
        >
          <span aria-hidden="true">{isStarred ? '★' : '☆'}</span> {label.star}
        </button>
        <button type="button" className="button" onClick={setAside} disabled={deck.length <= 1}>
          {label.putAside}
        </button>
        <button type="button" className="button" onClick={shuffle}>
          <span aria-hidden="true">⤮</span> {label.shuffle}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => show(deck[drawIndex(deck.length, index)]?.id)}
          disabled={deck.length <= 1}
        >
          {label.draw}
        </button>
      </div>
      {seed && (
        <p className="deck-tools__status">
          {t('tools.shuffled', { seed })}{' '}
          <button type="button" className="button" onClick={unshuffle}>
            {label.unshuffle}
          </button>
        </p>
      )}
      {aside.length > 0 && (
        <p className="deck-tools__status">
          {t('tools.aside', { count: aside.length })}{' '}
          <button type="button" className="button" onClick={() => bringBack(deckKey)}>
            {label.bringBack}
          </button>
        </p>
      )}
    </div>
  );
}

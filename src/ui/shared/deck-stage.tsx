import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/card';
import { stepIndex } from '../../domain/select-deck';
import { NOTE_SIDE_QUERY } from '../routing/route';
import { navigate, useSearch } from '../routing/use-route';
import { CardView } from './card-view';
import { useDeckKeys } from './use-deck-keys';
import { useSwipe } from './use-swipe';

interface DeckStageProps {
  readonly deck: readonly Card[];
  /** The card shown: its place in the deck (the caller reads it from the address). */
  readonly index: number;
  /** The address of a card of this deck; the query (a shuffle's seed, a shared deck's cards) stays. */
  readonly pathOf: (cardId: string) => string;
  /** Kept out of sight (a shuffled deck, until its order is known). */
  readonly hidden?: boolean;
}

/**
 * A deck played one card at a time, the same for the pair decks and for own decks: the card
 * (flip by tap, Space or Enter), previous/next by buttons, arrow keys and swipes, and progress.
 * Moving replaces the address, so Back leaves the deck rather than stepping through it.
 */
export function DeckStage({ deck, index, pathOf, hidden = false }: DeckStageProps) {
  const { t } = useTranslation('deck');
  const card = deck[index];
  // Moving on keeps the address's query: a shuffle's seed, a shared deck's cards.
  const search = useSearch();
  // Opened from Mine noter to read a note: that card starts on its back, the note in view.
  const [noteFirst] = useState(() => new URLSearchParams(search).has(NOTE_SIDE_QUERY));
  const [flip, setFlip] = useState({ cardId: card?.id, flipped: noteFirst, byUser: false });
  // A new card always starts face up.
  const flipped = flip.cardId === card?.id && flip.flipped;

  const goTo = useCallback(
    (nextIndex: number) => {
      const next = deck[nextIndex];
      if (!next || next.id === card?.id) return;
      navigate(pathOf(next.id) + search, { replace: true });
    },
    [deck, card, pathOf, search],
  );
  const actions = useMemo(
    () => ({
      next: () => goTo(stepIndex(deck.length, index, 1)),
      previous: () => goTo(stepIndex(deck.length, index, -1)),
      flip: () => setFlip({ cardId: card?.id, flipped: !flipped, byUser: true }),
    }),
    [goTo, deck.length, index, card, flipped],
  );
  useDeckKeys(actions);
  const swipe = useSwipe((direction) => (direction === 'next' ? actions.next() : actions.previous()));
  if (!card) return null;

  return (
    <>
      <div className="deck__stage" {...swipe.handlers} style={hidden ? { visibility: 'hidden' } : undefined}>
        <CardView
          key={card.id}
          card={card}
          flipped={flipped}
          onFlip={actions.flip}
          focusAfterFlip={flip.byUser && flip.cardId === card.id}
          wasSwipe={swipe.wasSwipe}
          noteInView={noteFirst && flipped && !flip.byUser}
        />
      </div>
      <nav className="deck__controls" aria-label={t('deckNav')}>
        <button type="button" className="button" onClick={actions.previous} disabled={index === 0}>
          <span aria-hidden="true">←</span> {t('previous')}
        </button>
        <p className="deck__progress" aria-live="polite">
          {t('progress', { current: index + 1, total: deck.length })}
        </p>
        <button
          type="button"
          className="button button--primary"
          onClick={actions.next}
          disabled={index === deck.length - 1}
        >
          {t('next')} <span aria-hidden="true">→</span>
        </button>
      </nav>
    </>
  );
}

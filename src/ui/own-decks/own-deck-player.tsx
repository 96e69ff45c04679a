import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/card';
import { indexOfCard, stepIndex } from '../../domain/select-deck';
import { CardView } from '../deck/card-view';
import { useDeckKeys } from '../deck/use-deck-keys';
import { useSwipe } from '../deck/use-swipe';
import { useLang } from '../actors/use-lang';
import { navigate } from '../routing/use-route';
import '../deck/deck-page.css';

interface OwnDeckPlayerProps {
  readonly name: string;
  readonly cards: readonly Card[];
  readonly cardId: string | undefined;
  /** The deck's address without a card, e.g. /egne-kort/deck-1; the card goes after it. */
  readonly basePath: string;
  /** Above the deck: what the deck is (e.g. "Delt kortspil"). */
  readonly kicker?: string;
  /** Below the deck: edit, save, share. */
  readonly children?: ReactNode;
}

/** An own deck, one card at a time, as the pair decks are dealt: flip, arrows, swipe, notes. */
export function OwnDeckPlayer({ name, cards, cardId, basePath, kicker, children }: OwnDeckPlayerProps) {
  const { t } = useTranslation('shelf');
  const lang = useLang();
  const index = indexOfCard(cards, cardId);
  const card = cards[index];
  const [flip, setFlip] = useState({ cardId: card?.id, flipped: false, byUser: false });
  const flipped = flip.cardId === card?.id && flip.flipped;

  const goTo = useCallback(
    (nextIndex: number) => {
      const next = cards[nextIndex];
      if (!next || next.id === card?.id) return;
      // The query (a shared deck's cards) stays in the address.
      navigate(`${basePath}/${next.id}${window.location.search}`, { replace: true });
    },
    [cards, card, basePath],
  );
  const actions = useMemo(
    () => ({
      next: () => goTo(stepIndex(cards.length, index, 1)),
      previous: () => goTo(stepIndex(cards.length, index, -1)),
      flip: () => setFlip({ cardId: card?.id, flipped: !flipped, byUser: true }),
    }),
    [goTo, cards.length, index, card, flipped],
  );
  useDeckKeys(actions);
  const swipe = useSwipe((direction) => (direction === 'next' ? actions.next() : actions.previous()));

  useEffect(() => {
    document.title = `${name} – ${card ? card.title[lang] : ''}`.replace(/ – $/, '');
  }, [name, card, lang]);

  return (
    <div className="deck">
      {kicker && <p className="shelf-kicker">{kicker}</p>}
      <h1 className="deck__heading">{name}</h1>
      {card ? (
        <>
          <div className="deck__stage" {...swipe.handlers}>
            <CardView
              key={card.id}
              card={card}
              flipped={flipped}
              onFlip={actions.flip}
              focusAfterFlip={flip.byUser && flip.cardId === card.id}
              wasSwipe={swipe.wasSwipe}
            />
          </div>
          <nav className="deck__controls" aria-label={t('player.nav')}>
            <button type="button" className="button" onClick={actions.previous} disabled={index === 0}>
              <span aria-hidden="true">←</span> {t('player.previous')}
            </button>
            <p className="deck__progress" aria-live="polite">
              {t('player.progress', { current: index + 1, total: cards.length })}
            </p>
            <button type="button" className="button button--primary" onClick={actions.next} disabled={index === cards.length - 1}>
              {t('player.next')} <span aria-hidden="true">→</span>
            </button>
          </nav>
        </>
      ) : (
        <p>{t('player.empty')}</p>
      )}
      {children}
    </div>
  );
}

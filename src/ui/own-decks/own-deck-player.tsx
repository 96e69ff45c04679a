import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/card';
import { indexOfCard } from '../../domain/select-deck';
import { DeckStage } from '../shared/deck-stage';
import { useLang } from '../shared/use-lang';
import '../shared/deck.css';

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
  const pathOf = useCallback((id: string) => `${basePath}/${id}`, [basePath]);

  return (
    <div className="deck">
      <title>{`${name} – ${card ? card.title[lang] : ''}`.replace(/ – $/, '')}</title>
      {kicker && <p className="shelf-kicker">{kicker}</p>}
      <h1 className="deck__heading">{name}</h1>
      {card ? <DeckStage deck={cards} index={index} pathOf={pathOf} /> : <p>{t('player.empty')}</p>}
      {children}
    </div>
  );
}

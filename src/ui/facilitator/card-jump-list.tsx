import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/card';
import { useLang } from '../shared/use-lang';

interface CardJumpListProps {
  readonly cards: readonly Card[];
  readonly currentId: string;
  readonly disabled: boolean;
  readonly onJump: (cardId: string) => void;
}

/** Every card of the deck, in order: one tap puts it on the screen. */
export function CardJumpList({ cards, currentId, disabled, onJump }: CardJumpListProps) {
  const { t } = useTranslation('facilitator');
  const lang = useLang();
  return (
    <section className="controller__panel controller__area-jump" aria-labelledby="facilitator-all-cards">
      <h2 id="facilitator-all-cards">{t('controller.allCards')}</h2>
      <ol className="controller__jump-list">
        {cards.map((card, index) => (
          <li key={card.id}>
            <button
              type="button"
              className="controller__jump"
              aria-current={card.id === currentId ? 'true' : undefined}
              disabled={disabled}
              onClick={() => onJump(card.id)}
            >
              <span className="controller__jump-number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{card.title[lang]}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

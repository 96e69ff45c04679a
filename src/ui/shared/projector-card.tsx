import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/card';
import type { CardSide } from '../../domain/facilitator-session';
import { useLang } from './use-lang';
import { PairLabel } from './pair-label';
import './projector-card.css';

interface ProjectorCardProps {
  readonly card: Card;
  readonly side: CardSide;
  /** h1 on the projector (the card is the page); a lower level inside the controller's preview. */
  readonly titleAs: 'h1' | 'h3';
}

/**
 * A card as the room sees it: the pair, the title and, on the back, the tip and the reflection
 * question. Only the edition's texts: this component has no way to a personal note.
 */
export function ProjectorCard({ card, side, titleAs: Title }: ProjectorCardProps) {
  const { t } = useTranslation('deck');
  const lang = useLang();
  return (
    <article className={`pcard pcard--${side}`} data-side={side}>
      <p className="pcard__pair">
        <PairLabel from={card.from} to={card.to} />
      </p>
      <Title className="pcard__title">{card.title[lang]}</Title>
      {side === 'back' && (
        <>
          <div className="pcard__section">
            <p className="pcard__label">{t('tip')}</p>
            <blockquote className="pcard__tip" lang={lang}>
              <p>{card.tip.text[lang]}</p>
            </blockquote>
          </div>
          {card.reflection && (
            <div className="pcard__section pcard__reflection">
              <p className="pcard__label">{t('reflection')}</p>
              <p>{card.reflection[lang]}</p>
            </div>
          )}
        </>
      )}
    </article>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BRIEF_MARKS } from '../../domain/brief-model';
import type { BriefCard, BriefMark } from '../../domain/brief-model';
import type { Card } from '../../domain/card';
import { useLang } from '../shared/use-lang';

interface BriefCardItemProps {
  readonly card: Card;
  readonly entry: BriefCard;
  readonly onChange: (entry: BriefCard) => void;
}

const NONE = 'none';

/** One card of the pair: its advice, how it stands (a radio group) and a note. */
export function BriefCardItem({ card, entry, onChange }: BriefCardItemProps) {
  const { t } = useTranslation('prep');
  const lang = useLang();
  const id = useId();
  const title = card.title[lang];
  const setMark = (value: BriefMark | typeof NONE): void => {
    const { mark: _old, ...rest } = entry;
    onChange(value === NONE ? rest : { ...rest, mark: value });
  };
  return (
    <article className={`brief-card${entry.mark ? ` brief-card--${entry.mark}` : ''}`} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="brief-card__title">
        {title}
      </h4>
      <p className="brief-card__tip" lang={lang}>
        {card.tip.text[lang]}
      </p>
      {card.reflection && <p className="brief-card__reflection">{card.reflection[lang]}</p>}
      <fieldset className="brief-card__marks">
        <legend>
          {t('cards.markLegend')}
          <span className="visually-hidden">: {title}</span>
        </legend>
        {[NONE, ...BRIEF_MARKS].map((value) => (
          <label key={value} className="brief-card__mark">
            <input
              type="radio"
              name={`${id}-mark`}
              value={value}
              checked={(entry.mark ?? NONE) === value}
              onChange={() => setMark(value as BriefMark | typeof NONE)}
            />
            {value === NONE ? t('cards.none') : t(`marks.${value as BriefMark}`)}
          </label>
        ))}
      </fieldset>
      <label className="brief-card__note">
        {t('cards.note')}
        {/* The visible label, plus which card: every card has a note field. */}
        <textarea
          aria-label={`${t('cards.note')}: ${title}`}
          value={entry.note}
          onChange={(event) => onChange({ ...entry, note: event.target.value })}
          rows={2}
        />
      </label>
    </article>
  );
}

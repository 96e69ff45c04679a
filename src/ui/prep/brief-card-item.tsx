import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BRIEF_MARKS } from '../../domain/brief-model';
import type { BriefCard, BriefMark } from '../../domain/brief-model';
import type { Card } from '../../domain/card';
import { useLang } from '../shared/use-lang';
import { Link } from '../routing/link';
import { NOTE_SIDE_QUERY } from '../routing/route';

interface BriefCardItemProps {
  readonly card: Card;
  readonly entry: BriefCard;
  /** The note written on the card itself (in the deck), if any. */
  readonly cardNote?: string | undefined;
  readonly onChange: (entry: BriefCard) => void;
}

const NONE = 'none';

/** One card of the pair: its advice, how it stands (a radio group), the card's own note and the brief's note. */
export function BriefCardItem({ card, entry, cardNote, onChange }: BriefCardItemProps) {
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
      {cardNote !== undefined && cardNote.trim() !== '' && (
        // Read here, edited on the card: one note never has two editors.
        <div role="note" className="brief-card__own-note" aria-labelledby={`${id}-own-note`}>
          <p id={`${id}-own-note`} className="brief-card__own-note-label">
            {t('cards.cardNote')}
          </p>
          <p className="brief-card__own-note-text">{cardNote}</p>
          <Link
            className="button"
            to={{ name: 'deck', from: card.from, to: card.to, cardId: card.id }}
            query={`?${NOTE_SIDE_QUERY}`}
          >
            {t('cards.openCard')}
            <span className="visually-hidden">: {title}</span>
          </Link>
        </div>
      )}
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

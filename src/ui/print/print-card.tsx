import { useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorId, Lang } from '../../domain/actor';
import type { Card } from '../../domain/card';
import { useEdition } from '../shared/edition-context';
import { formatRoute } from '../routing/route';
import type { CardSize } from './print-layout';
import { cutNote, fitNote } from './print-layout';
import { QrCode } from '../shared/qr-code';

/** A card to print: one of the edition's, or a blank one for the session's own tip. */
export type PrintItem =
  | { readonly kind: 'card'; readonly card: Card; readonly note?: string | undefined }
  | { readonly kind: 'blank'; readonly key: string };

interface PrintCardProps {
  readonly item: PrintItem;
  readonly side: 'front' | 'back';
  readonly lang: Lang;
  readonly size: CardSize;
  /** The app's address, for the QR code that opens the card. */
  readonly origin: string;
}

/** Symbol and label side by side, so an actor reads the same in greyscale as in colour. */
function ActorMark({ id, lang }: { readonly id: ActorId; readonly lang: Lang }) {
  const actor = useEdition().actors.find((a) => a.id === id);
  const style = { '--actor-color': actor?.color } as CSSProperties;
  return (
    <span className="pcard__actor" style={style}>
      <span className="pcard__symbol" aria-hidden="true">
        {actor?.symbol}
      </span>
      {actor?.label[lang] ?? id}
    </span>
  );
}

function Pair({ card, lang }: { readonly card: Card; readonly lang: Lang }) {
  const { t } = useTranslation('print', { lng: lang });
  return (
    <p className="pcard__pair">
      <ActorMark id={card.from} lang={lang} />
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> {t('card.to')} </span>
      <ActorMark id={card.to} lang={lang} />
    </p>
  );
}

function Lines({ count }: { readonly count: number }) {
  return (
    <div className="pcard__lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} />
      ))}
    </div>
  );
}

/** One side of a printed card, in the chosen language (which may differ from the screen's). */
export function PrintCard({ item, side, lang, size, origin }: PrintCardProps) {
  const { t } = useTranslation('print', { lng: lang });
  const edition = useEdition();

  if (item.kind === 'blank') {
    return (
      <article className={`pcard pcard--${side} pcard--blank`} lang={lang}>
        <p className="pcard__pair pcard__pair--blank">{t('card.blankPair')}</p>
        {side === 'front' ? (
          <h3 className="pcard__title">{t('card.blankTitle')}</h3>
        ) : (
          <p className="pcard__label">{t('card.tip')}</p>
        )}
        <Lines count={side === 'front' ? 3 : size === 'a6' ? 9 : 6} />
      </article>
    );
  }

  const { card } = item;
  const colours = {
    '--from-color': edition.actors.find((a) => a.id === card.from)?.color,
    '--to-color': edition.actors.find((a) => a.id === card.to)?.color,
  } as CSSProperties;

  if (side === 'front') {
    return (
      <article className="pcard pcard--front" style={colours} lang={lang}>
        <Pair card={card} lang={lang} />
        <h3 className="pcard__title">{card.title[lang]}</h3>
        <div className="pcard__foot">
          <span className="pcard__edition">{t('card.edition', { version: edition.version })}</span>
          <QrCode
            className="pcard__qr"
            value={`${origin}${formatRoute({ name: 'deck', from: card.from, to: card.to, cardId: card.id })}`}
            label={t('card.qr', { title: card.title[lang] })}
          />
        </div>
      </article>
    );
  }

  const block = edition.blocks.find((b) => b.id === card.source.block);
  const note = item.note?.trim() ?? '';
  return (
    <article className="pcard pcard--back" style={colours} lang={lang}>
      <Pair card={card} lang={lang} />
      <p className="pcard__back-title">{card.title[lang]}</p>
      <p className="pcard__label">{t('card.tip')}</p>
      <p className="pcard__tip">{card.tip.text[lang]}</p>
      {card.reflection && (
        <>
          <p className="pcard__label">{t('card.reflection')}</p>
          <p className="pcard__reflection">{card.reflection[lang]}</p>
        </>
      )}
      {note !== '' && <NoteBox key={`${size}:${note}`} note={note} size={size} lang={lang} />}
      <p className="pcard__source">
        {t('card.source', {
          block: block?.heading[lang] ?? card.source.block,
          label: card.source.label,
          position: card.source.position,
        })}
      </p>
    </article>
  );
}

/** Smaller type for a note that would not fit: 0.85 and (on A6, where it stays readable) 0.75 of the card's. */
const NOTE_TYPE = ['', 'pcard__note--long', 'pcard__note--smaller'] as const;

/**
 * A note on a card's back. Its box gives way to the card's own text (print.css); what the box would
 * hide is measured here, on the preview, which is laid out as the paper is: the note first gets
 * smaller type, then is cut to what shows, and a cut note says so at its top, where no edge cuts it off.
 */
function NoteBox({ note, size, lang }: { readonly note: string; readonly size: CardSize; readonly lang: Lang }) {
  const { t } = useTranslation('print', { lng: lang });
  const first = fitNote(note, size);
  const smallest = size === 'a6' ? 2 : 1;
  const [fit, setFit] = useState({
    type: first.text.length > (size === 'a6' ? 350 : 120) ? 1 : 0,
    max: first.text.length,
  });
  const box = useRef<HTMLDivElement>(null);
  const shown = fit.max < first.text.length ? cutNote(first.text, fit.max) : first;

  useLayoutEffect(() => {
    const element = box.current;
    const text = element?.lastElementChild as HTMLElement | null | undefined;
    // No layout (a test's DOM), or it all shows.
    if (!element || !text || element.scrollHeight <= element.clientHeight) return;
    // Measured from the layout just drawn: only a render can give the next step, and it ends (always shorter).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (fit.type < smallest) setFit({ ...fit, type: fit.type + 1 });
    else if (fit.max > 0) {
      // Cut in proportion to what the box hides of the text, and always shorter, so it ends.
      const shows = 1 - (element.scrollHeight - element.clientHeight) / text.offsetHeight;
      setFit({ ...fit, max: Math.max(0, Math.min(fit.max - 5, Math.floor(fit.max * shows))) });
    }
  }, [fit, smallest]);

  return (
    <div ref={box} className={`pcard__note ${NOTE_TYPE[fit.type] ?? ''}`.trim()}>
      <p className="pcard__label">{t('card.note')}</p>
      {shown.cut && <p className="pcard__note-cut">{t('card.noteCut')}</p>}
      <p className="pcard__note-text">{shown.text}</p>
    </div>
  );
}

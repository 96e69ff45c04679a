import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorId, Lang } from '../../domain/actor';
import type { Card } from '../../domain/card';
import { useEdition } from '../shared/edition-context';
import { formatRoute } from '../routing/route';
import type { CardSize } from './print-layout';
import { fitNote } from './print-layout';
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
  const note = item.note === undefined || item.note.trim() === '' ? undefined : fitNote(item.note, size);
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
      {note && (
        // A long note gets smaller type; one still too long says so at its top, where no edge can cut it off.
        <div
          className={note.text.length > (size === 'a6' ? 350 : 120) ? 'pcard__note pcard__note--long' : 'pcard__note'}
        >
          <p className="pcard__label">{t('card.note')}</p>
          {note.cut && <p className="pcard__note-cut">{t('card.noteCut')}</p>}
          <p className="pcard__note-text">{note.text}</p>
        </div>
      )}
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

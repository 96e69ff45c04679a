import { Suspense, useEffect, useRef, useState } from 'react';
import type { CSSProperties, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../domain/card';
import { actorText, findActor } from './actor-name';
import { ErrataList } from './errata-list';
import { useLang } from './use-lang';
import { useEdition } from './edition-context';
import { NoteField } from './note-field';
import { PairLabel } from './pair-label';
import './card-view.css';

interface CardViewProps {
  readonly card: Card;
  readonly flipped: boolean;
  readonly onFlip: () => void;
  /** Set after the user flipped: move focus to the side now shown (not on first render). */
  readonly focusAfterFlip: boolean;
  /** A click that ends a swipe is not a tap. */
  readonly wasSwipe: () => boolean;
  /** Opened to read its note (from Mine noter): bring the note field into view. */
  readonly noteInView?: boolean;
}

/** Clicking plain parts of the back flips it; clicks on controls, or selecting text, do not. */
function isPlainClick(event: MouseEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest('button, a, textarea, input, select, label, summary, details')) return false;
  return (window.getSelection()?.toString() ?? '') === '';
}

/**
 * One card with two sides stacked in 3D. The hidden side is inert, so keyboard and screen-reader
 * users only ever meet the side that is shown.
 */
export function CardView({ card, flipped, onFlip, focusAfterFlip, wasSwipe, noteInView = false }: CardViewProps) {
  const { t } = useTranslation('deck');
  const lang = useLang();
  const edition = useEdition();
  const faceButton = useRef<HTMLButtonElement>(null);
  const backHeading = useRef<HTMLHeadingElement>(null);
  const block = edition.blocks.find((b) => b.id === card.source.block);
  const [hasNote, setHasNote] = useState(false);
  const back = useRef<HTMLElement>(null);
  const fromActor = findActor(edition, card.from);
  const toActor = findActor(edition, card.to);
  // The pair's colours carry the card (always with their symbols and names, never alone).
  const colours = { '--from-color': fromActor?.color, '--to-color': toActor?.color } as CSSProperties;

  useEffect(() => {
    if (noteInView)
      requestAnimationFrame(() => back.current?.querySelector('textarea')?.scrollIntoView({ block: 'center' }));
  }, [noteInView]);

  useEffect(() => {
    if (!focusAfterFlip) return;
    if (flipped) backHeading.current?.focus();
    else faceButton.current?.focus();
  }, [flipped, focusAfterFlip]);

  const tip = card.tip.text[lang];

  return (
    <div className={`card${flipped ? ' card--flipped' : ''}`} style={colours}>
      <div className="card__side card__face" inert={flipped} aria-hidden={flipped}>
        <button
          ref={faceButton}
          type="button"
          className="card__face-button"
          aria-label={
            t('flipLabel', {
              title: card.title[lang],
              from: actorText(edition, card.from, lang, 'singular'),
              to: actorText(edition, card.to, lang, 'singular'),
            }) + (hasNote ? ` – ${t('hasNote')}` : '')
          }
          onClick={() => {
            if (!wasSwipe()) onFlip();
          }}
        >
          <span className="card__band">
            <PairLabel from={card.from} to={card.to} />
          </span>
          <span className="card__corner" aria-hidden="true">
            {fromActor?.symbol}
          </span>
          <span className="card__title">{card.title[lang]}</span>
          <span className="card__corner card__corner--end" aria-hidden="true">
            {toActor?.symbol}
          </span>
          <span className="card__foot">
            {hasNote ? <span className="card__note-mark">✎ {t('hasNote')}</span> : <span />}
            <span className="card__hint" aria-hidden="true">
              {t('flipHint')} ↻
            </span>
          </span>
        </button>
      </div>

      {/* The back answers taps on its plain parts; keyboard users have the "Vend tilbage" button. */}
      <section
        ref={back}
        className="card__side card__back"
        inert={!flipped}
        aria-hidden={!flipped}
        aria-labelledby={`card-title-${card.id}`}
        onClick={(event) => {
          if (!wasSwipe() && isPlainClick(event)) onFlip();
        }}
      >
        <div className="card__band card__back-top">
          <PairLabel from={card.from} to={card.to} />
          <button type="button" className="button" onClick={onFlip}>
            ↺ {t('flipBack')}
          </button>
        </div>
        <h2 id={`card-title-${card.id}`} ref={backHeading} tabIndex={-1} className="card__back-title">
          {card.title[lang]}
        </h2>
        <div className="card__tip">
          <p className="card__label">{t('tip')}</p>
          <blockquote lang={lang}>
            <p>{tip}</p>
          </blockquote>
        </div>
        {card.reflection && (
          <div className="card__reflection">
            <p className="card__label">{t('reflection')}</p>
            <p>{card.reflection[lang]}</p>
          </div>
        )}
        <p className="card__source">
          {t('source', {
            block: block?.heading[lang] ?? card.source.block,
            label: card.source.label,
            position: card.source.position,
          })}
        </p>
        <p className="card__source">{t('editorialAdditions')}</p>
        {card.editorialNotes.length > 0 && (
          <div className="card__notes">
            <p className="card__label">{t('editorialNotes')}</p>
            <ul>
              {card.editorialNotes.map((note) => (
                <li key={note.id}>
                  <strong>{t(`noteKind.${note.kind}`)}:</strong> {note.text[lang]}
                </li>
              ))}
            </ul>
          </div>
        )}
        {card.tip.errata.length > 0 && <ErrataList errata={card.tip.errata} />}
        {(lang !== 'da' || card.tip.errata.length > 0) && (
          <details className="card__printed">
            <summary>{t('printedWording')}</summary>
            <p lang="da">{card.tip.printed}</p>
          </details>
        )}
        {/* Its strings may still be on their way (a first deck opened in another language). */}
        <Suspense fallback={null}>
          <NoteField cardId={card.id} onHasText={setHasNote} />
        </Suspense>
      </section>
    </div>
  );
}

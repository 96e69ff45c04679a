import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS } from '../../domain/actor';
import type { Lang } from '../../domain/actor';
import { useLazyNamespace, useNamespaceIn } from '../../i18n/use-lazy-namespace';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { useNotesList } from '../shared/use-notes-list';
import { Link } from '../routing/link';
import type { PrintDeck } from '../routing/route';
import type { PrintItem } from './print-card';
import { printDeckCards } from './print-deck';
import { CARD_SIZES, layoutSheets } from './print-layout';
import type { CardSize } from './print-layout';
import { PrintSheets } from './print-sheets';
import './print.css';
import { PRINT_PAGE_RULE } from '../shared/page-rules';

const MAX_BLANK = 36;

/** Cards at card size, from the browser's own print dialog: no PDF library, nothing sent anywhere. */
export function PrintPage({ deck }: { readonly deck: PrintDeck }) {
  useLazyNamespace('print');
  const { t } = useTranslation('print');
  const uiLang = useLang();
  const edition = useEdition();
  const ids = useId();
  const [size, setSize] = useState<CardSize>('a6');
  const [lang, setLang] = useState<Lang>(uiLang);
  const [withNotes, setWithNotes] = useState(false);
  const [blank, setBlank] = useState(0);
  // Both languages up front (a small file each), so switching the cards' language never waits.
  useNamespaceIn('print', 'da');
  useNamespaceIn('print', 'en');

  const cards = useMemo(() => printDeckCards(edition.cards, deck), [edition.cards, deck]);
  const { notes } = useNotesList();
  const noteByCard = useMemo(() => new Map((notes ?? []).map((note) => [note.cardId, note.text])), [notes]);
  const notedCount = cards.filter((card) => noteByCard.has(card.id)).length;

  const items = useMemo<PrintItem[]>(
    () => [
      ...cards.map((card) => ({ kind: 'card' as const, card, note: withNotes ? noteByCard.get(card.id) : undefined })),
      ...Array.from({ length: blank }, (_, i) => ({ kind: 'blank' as const, key: `blank-${i}` })),
    ],
    [cards, withNotes, noteByCard, blank],
  );
  const sheetCount = layoutSheets(items, size).length;

  const actorName = (id: string): string => edition.actors.find((a) => a.id === id)?.singular[uiLang] ?? id;
  const what =
    deck.kind === 'all'
      ? t('deck.all')
      : deck.kind === 'cards'
        ? t('deck.cards')
        : deck.to === 'alle'
          ? t('deck.pairAll', { from: actorName(deck.from) })
          : t('deck.pair', { from: actorName(deck.from), to: actorName(deck.to) });

  return (
    <div className="print-page print-area">
      <title>{`${t('title')} – ${what}`}</title>
      {/* Only while this page is shown: the sheets are exactly A4, so the paper gets no margin of its own. */}
      <style>{PRINT_PAGE_RULE}</style>
      <div className="print-controls">
        <h1>{t('title')}</h1>
        <p className="print-controls__what">
          {what} · {t('count', { count: cards.length })}
        </p>
        <p>{t('intro')}</p>
        <form className="print-options" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>{t('size.legend')}</legend>
            {CARD_SIZES.map((option) => (
              <label key={option} className="print-options__choice">
                <input
                  type="radio"
                  name={`${ids}-size`}
                  value={option}
                  checked={size === option}
                  onChange={() => setSize(option)}
                />
                {t(`size.${option}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('language.legend')}</legend>
            {LANGS.map((option) => (
              <label key={option} className="print-options__choice" lang={option}>
                <input
                  type="radio"
                  name={`${ids}-lang`}
                  value={option}
                  checked={lang === option}
                  onChange={() => setLang(option)}
                />
                {t(`language.${option}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('extras')}</legend>
            <label className="print-options__choice">
              <input
                type="checkbox"
                checked={withNotes}
                onChange={(event) => setWithNotes(event.target.checked)}
                aria-describedby={`${ids}-notes`}
              />
              {t('notes.label')}
            </label>
            <p id={`${ids}-notes`} className="print-options__hint">
              {notedCount === 0 ? t('notes.none') : t('notes.some', { count: notedCount })}
            </p>
            <label className="print-options__number">
              {t('blank.label')}
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_BLANK}
                value={blank}
                onChange={(event) =>
                  setBlank(Math.min(MAX_BLANK, Math.max(0, Math.floor(Number(event.target.value) || 0))))
                }
              />
            </label>
          </fieldset>
        </form>
        <p className="print-controls__duplex">{t('duplex')}</p>
        {items.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <p className="print-controls__actions">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('print')}
            </button>
            <span>{t('sheets', { count: sheetCount })}</span>
          </p>
        )}
        {deck.kind === 'pair' && (
          <p>
            <Link className="back-link" to={{ name: 'deck', from: deck.from, to: deck.to }}>
              {t('backToDeck')}
            </Link>
          </p>
        )}
      </div>
      {items.length > 0 && (
        // Focusable: where the browser cannot shrink the sheets (no CSS zoom) the region scrolls sideways.
        <section className="print-preview" aria-labelledby={`${ids}-preview`} tabIndex={0}>
          <h2 id={`${ids}-preview`} className="print-preview__heading">
            {t('preview')}
          </h2>
          <PrintSheets items={items} size={size} lang={lang} origin={window.location.origin} />
        </section>
      )}
    </div>
  );
}

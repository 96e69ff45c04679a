import { groupBriefCards } from '../../domain/brief-groups';
import type { Brief } from '../../domain/brief-model';
import { SHEET_SECTIONS } from '../../domain/brief-sheet';
import { useBriefWords } from './brief-text';

interface BriefDocumentProps {
  readonly brief: Brief;
  /** 'print-only' on the editor (the screen shows the form), 'page' on a shared copy. */
  readonly variant: 'print-only' | 'page';
}

/**
 * A brief to read: the marked cards with their notes, then the sheet. The same document is the
 * printout (one or two A4 pages) and the partner's read-only copy. Everything is text, never markup.
 */
export function BriefDocument({ brief, variant }: BriefDocumentProps) {
  const { t, lang, edition, pair, dates, fieldLabel } = useBriefWords();
  const groups = groupBriefCards(brief, edition.cards);
  return (
    // Print-only: hidden (for assistive technology too) until the print stylesheet shows it.
    <article
      className={`brief-doc brief-doc--${variant}`}
      aria-labelledby={`brief-doc-${brief.id}`}
      hidden={variant === 'print-only'}
    >
      <header className="brief-doc__header">
        <h1 id={`brief-doc-${brief.id}`}>{brief.name}</h1>
        <p className="brief-doc__pair">{pair(brief)}</p>
        <p className="brief-doc__dates">{dates(brief)}</p>
      </header>

      <section className="brief-doc__cards">
        <h2>{t('doc.cardsHeading')}</h2>
        {groups.length === 0 && <p>{t('doc.noCards')}</p>}
        {groups.map((group) => (
          <section key={group.mark ?? 'unmarked'} className="brief-doc__group">
            <h3>{group.mark ? t(`marks.${group.mark}`) : t('doc.unmarked')}</h3>
            <ul>
              {group.items.map(({ entry, card }) => (
                <li key={entry.cardId}>
                  <p className="brief-doc__card-title">{card ? card.title[lang] : t('doc.unknownCard')}</p>
                  {card && <p className="brief-doc__tip">{card.tip.text[lang]}</p>}
                  {entry.note.trim() !== '' && (
                    <p className="brief-doc__note">
                      <strong>{t('doc.note')}:</strong> {entry.note.trim()}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section className="brief-doc__sheet">
        <h2>{t('sheet.heading')}</h2>
        {SHEET_SECTIONS.map((section) => (
          <section key={section.id} className="brief-doc__section">
            <h3>{t(`sheet.sections.${section.id}`)}</h3>
            {section.fields.map((field) => {
              const value = brief.sheet[field].trim();
              return (
                <p key={field} className="brief-doc__field">
                  {section.fields.length > 1 && <strong>{fieldLabel(field, brief)}: </strong>}
                  {value === '' ? <em className="brief-doc__empty">{t('doc.notFilled')}</em> : value}
                </p>
              );
            })}
          </section>
        ))}
      </section>
      <p className="brief-doc__footer">
        {t('doc.footer', { version: edition.version, title: edition.about.title[lang] })}
      </p>
    </article>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { withSheetField } from '../../domain/brief-model';
import type { Brief } from '../../domain/brief-model';
import { sectionSources, SHEET_SECTIONS } from '../../domain/brief-sheet';
import type { SheetField, SheetSection } from '../../domain/brief-sheet';
import { useBriefWords } from './brief-text';
import type { BriefDraft } from './use-brief-draft';

interface SheetStepProps {
  readonly brief: Brief;
  readonly update: BriefDraft['update'];
}

function SheetSectionFields({ section, brief, update }: SheetStepProps & { readonly section: SheetSection }) {
  const { t, lang, edition, fieldLabel } = useBriefWords();
  const id = useId();
  const quotes = sectionSources(section, edition.cards, brief.actor, brief.partner);
  const setField = (field: SheetField, text: string): void => update((b, now) => withSheetField(b, field, text, now));
  return (
    <section className="prep-sheet__section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(`sheet.sections.${section.id}`)}</h3>
      <p className="prep-sheet__hint">{t(`sheet.hints.${section.id}`)}</p>
      {quotes.length > 0 && (
        <figure className="prep-sheet__quotes">
          <figcaption>{t('sheet.fromNote')}</figcaption>
          {quotes.map((card) => (
            <blockquote key={card.id} lang={lang}>
              <p>{card.tip.text[lang]}</p>
            </blockquote>
          ))}
        </figure>
      )}
      {section.fields.map((field) => {
        const single = section.fields.length === 1;
        return (
          <label key={field} className="prep-field">
            <span className="prep-field__label">{single ? t('sheet.answer') : fieldLabel(field, brief)}</span>
            <textarea
              // A lone field's visible label ("Det aftaler vi") is the same in every section: name the section too.
              {...(single ? { 'aria-label': `${t('sheet.answer')}: ${t(`sheet.sections.${section.id}`)}` } : {})}
              value={brief.sheet[field]}
              onChange={(event) => setField(field, event.target.value)}
              rows={single ? 3 : 2}
            />
          </label>
        );
      })}
    </section>
  );
}

/** Step 2: the expectation-alignment sheet, each question beside the note's own advice. */
export function SheetStep({ brief, update }: SheetStepProps) {
  const { t } = useTranslation('prep');
  return (
    <>
      <p>{t('sheet.intro')}</p>
      {SHEET_SECTIONS.map((section) => (
        <SheetSectionFields key={section.id} section={section} brief={brief} update={update} />
      ))}
    </>
  );
}

import { useId } from 'react';
import type { Brief } from '../../domain/brief-model';
import { briefNotes } from '../../domain/brief-groups';
import type { BriefItem } from '../../domain/brief-groups';
import { Link } from '../routing/link';
import { useBackupStrings } from '../shared/use-backup-strings';
import { useEdition } from '../shared/edition-context';
import { useLang } from '../shared/use-lang';

/** The briefs that have a note written in them, each with its notes. */
export function briefsWithNotes(
  briefs: readonly Brief[],
  cards: Parameters<typeof briefNotes>[1],
): { brief: Brief; items: BriefItem[] }[] {
  return briefs.map((brief) => ({ brief, items: briefNotes(brief, cards) })).filter(({ items }) => items.length > 0);
}

/**
 * The notes written in Forberedelse, grouped under their brief, latest changed brief first. Read
 * here, edited where they were written (the brief), so one note never has two editors.
 */
export function PrepNotes({ briefs }: { readonly briefs: readonly Brief[] }) {
  const { t } = useBackupStrings();
  const lang = useLang();
  const id = useId();
  const written = briefsWithNotes(briefs, useEdition().cards);
  if (written.length === 0) return null;
  return (
    <section className="notes-page__prep" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('prep.heading')}</h2>
      <p>{t('prep.intro')}</p>
      {written.map(({ brief, items }) => (
        <section key={brief.id} className="notes-page__item" aria-labelledby={`${id}-${brief.id}`}>
          <h3 id={`${id}-${brief.id}`}>{brief.name}</h3>
          <ul className="notes-page__brief-notes">
            {items.map(({ entry, card }) => (
              <li key={entry.cardId}>
                <h4>{card ? card.title[lang] : t('page.cardMissing')}</h4>
                <p className="notes-page__text">
                  <span className="visually-hidden">{t('page.noteLabel')}: </span>
                  {entry.note}
                </p>
              </li>
            ))}
          </ul>
          <p className="notes-page__actions">
            <Link className="button" to={{ name: 'prep', briefId: brief.id }}>
              {t('prep.open')}
              <span className="visually-hidden">: {brief.name}</span>
            </Link>
          </p>
        </section>
      ))}
    </section>
  );
}

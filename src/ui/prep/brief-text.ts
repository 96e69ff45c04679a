import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/actor';
import { briefToMarkdown } from '../../domain/brief-markdown';
import type { BriefMarkdownLabels } from '../../domain/brief-markdown';
import type { Brief } from '../../domain/brief-model';
import { SHEET_FIELDS, SHEET_SECTIONS } from '../../domain/brief-sheet';
import { useLang } from '../shared/use-lang';
import { downloadFile } from '../shared/download-file';
import { useEdition } from '../shared/edition-context';

export function formatDay(time: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long' }).format(new Date(time));
}

/** The words a brief is shown with: actor names, its pair, its dates and the sheet's labels. */
export function useBriefWords() {
  const { t } = useTranslation('prep');
  const lang = useLang();
  const edition = useEdition();
  const actorName = useCallback(
    (id: string) => edition.actors.find((a) => a.id === id)?.singular[lang] ?? id,
    [edition, lang],
  );
  const pair = useCallback(
    (brief: Brief) => t('doc.pair', { from: actorName(brief.actor), to: actorName(brief.partner) }),
    [t, actorName],
  );
  const dates = useCallback(
    (brief: Brief) =>
      t('doc.dates', { created: formatDay(brief.createdAt, lang), updated: formatDay(brief.updatedAt, lang) }),
    [t, lang],
  );
  const fieldLabel = useCallback(
    (field: (typeof SHEET_FIELDS)[number], brief: Brief) =>
      t(`sheet.fields.${field}`, { actor: actorName(brief.actor), partner: actorName(brief.partner) }),
    [t, actorName],
  );
  return { t, lang, edition, actorName, pair, dates, fieldLabel };
}

/** A function that turns a brief into its Markdown document, in the UI's language. */
export function useBriefMarkdown(): (brief: Brief) => string {
  const { t, lang, edition, pair, dates, fieldLabel } = useBriefWords();
  return useCallback(
    (brief: Brief) => {
      const labels: BriefMarkdownLabels = {
        pair: pair(brief),
        dates: dates(brief),
        cardsHeading: t('doc.cardsHeading'),
        noCards: t('doc.noCards'),
        marks: { relevant: t('marks.relevant'), discuss: t('marks.discuss'), handled: t('marks.handled') },
        unmarked: t('doc.unmarked'),
        note: t('doc.note'),
        unknownCard: t('doc.unknownCard'),
        sheetHeading: t('sheet.heading'),
        sections: Object.fromEntries(
          SHEET_SECTIONS.map((s) => [s.id, t(`sheet.sections.${s.id}`)]),
        ) as BriefMarkdownLabels['sections'],
        fields: Object.fromEntries(SHEET_FIELDS.map((f) => [f, fieldLabel(f, brief)])) as BriefMarkdownLabels['fields'],
        notFilled: t('doc.notFilled'),
        footer: t('doc.footer', { version: edition.version, title: edition.about.title[lang] }),
      };
      return briefToMarkdown(brief, edition.cards, lang, labels);
    },
    [t, lang, edition, pair, dates, fieldLabel],
  );
}

/** A file name from a brief's name: letters, digits and dashes (æøå kept). */
function markdownFileName(name: string): string {
  const base = name
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'forberedelse'}.md`;
}

/** Saves a brief's Markdown as a file through the browser's download (nothing leaves the device). */
export function downloadBriefMarkdown(markdown: string, briefName: string): void {
  downloadFile(markdownFileName(briefName), markdown, 'text/markdown;charset=utf-8');
}

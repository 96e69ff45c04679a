import type { Lang } from './actor';
import { groupBriefCards } from './brief-groups';
import type { Brief, BriefMark } from './brief-model';
import { SHEET_SECTIONS } from './brief-sheet';
import type { SheetField, SheetSectionId } from './brief-sheet';
import type { Card } from './card';
import { escapeMarkdown } from './escape-markdown';

/** The words of the document, already translated (this file knows no UI strings). */
export interface BriefMarkdownLabels {
  /** e.g. "Lærer → Virksomhed". */
  readonly pair: string;
  /** e.g. "Oprettet 3. marts 2026 · ændret 4. marts 2026". */
  readonly dates: string;
  readonly cardsHeading: string;
  readonly noCards: string;
  readonly marks: Readonly<Record<BriefMark, string>>;
  readonly unmarked: string;
  readonly note: string;
  readonly unknownCard: string;
  readonly sheetHeading: string;
  readonly sections: Readonly<Record<SheetSectionId, string>>;
  readonly fields: Readonly<Record<SheetField, string>>;
  readonly notFilled: string;
  readonly footer: string;
}

/** A multi-line text as a Markdown block quote (blank lines kept inside the quote). */
function quote(text: string): string {
  return escapeMarkdown(text.trim())
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** The brief as a Markdown document to download, read or print: cards and notes first, then the sheet. */
export function briefToMarkdown(brief: Brief, cards: readonly Card[], lang: Lang, labels: BriefMarkdownLabels): string {
  const out: string[] = [
    `# ${escapeMarkdown(brief.name)}`,
    '',
    `**${escapeMarkdown(labels.pair)}**  `,
    escapeMarkdown(labels.dates),
    '',
  ];

  out.push(`## ${labels.cardsHeading}`, '');
  const groups = groupBriefCards(brief, cards);
  if (groups.length === 0) out.push(labels.noCards, '');
  for (const group of groups) {
    out.push(`### ${group.mark ? labels.marks[group.mark] : labels.unmarked}`, '');
    for (const { entry, card } of group.items) {
      out.push(`#### ${escapeMarkdown(card ? card.title[lang] : labels.unknownCard)}`, '');
      if (card) out.push(quote(card.tip.text[lang]), '');
      if (entry.note.trim() !== '')
        out.push(`**${labels.note}:** ${escapeMarkdown(entry.note.trim()).replace(/\r?\n/g, '  \n')}`, '');
    }
  }

  out.push(`## ${labels.sheetHeading}`, '');
  for (const section of SHEET_SECTIONS) {
    out.push(`### ${labels.sections[section.id]}`, '');
    for (const field of section.fields) {
      const value = brief.sheet[field].trim();
      const listed = section.fields.length > 1;
      // A hard line break; inside a list item the next line is indented to stay in the item.
      const text =
        value === '' ? `_${labels.notFilled}_` : escapeMarkdown(value).replace(/\r?\n/g, listed ? '  \n  ' : '  \n');
      out.push(listed ? `- **${labels.fields[field]}:** ${text}` : text);
    }
    out.push('');
  }
  out.push('---', '', `_${escapeMarkdown(labels.footer)}_`, '');
  return out.join('\n');
}

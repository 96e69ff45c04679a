import { ACTOR_IDS } from './actor';
import type { ActorId, Lang } from './actor';
import type { BackupNote } from './backup-format';
import type { Card } from './card';
import type { Edition } from './edition';
import { escapeMarkdown } from './escape-markdown';

/** The words around the notes, in the reader's language (the UI passes them translated). */
export interface MarkdownLabels {
  readonly title: string;
  /** e.g. "Udskrevet 3. maj 2026 · kortenes udgave 1.0.0". */
  readonly subtitle: string;
  readonly pair: (from: string, to: string) => string;
  readonly tip: string;
  readonly note: (date: string) => string;
  readonly retired: string;
  readonly changed: string;
  readonly orphans: string;
  readonly orphanCard: (cardId: string) => string;
  readonly date: (time: number) => string;
}

/** A note's text as Markdown, each line break kept (a hard break). */
function noteText(text: string): string {
  return escapeMarkdown(text).split(/\r?\n/).join('  \n');
}

function quote(text: string): string {
  return noteText(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function noteBlock(note: BackupNote, card: Card | undefined, lang: Lang, labels: MarkdownLabels): string[] {
  const lines: string[] = [];
  if (card) {
    lines.push(`### ${escapeMarkdown(card.title[lang])}${card.status === 'retired' ? ` (${labels.retired})` : ''}`, '');
    lines.push(`**${labels.tip}**`, '', quote(card.tip.text[lang]), '');
    const then = note.cardText?.[lang];
    if (then !== undefined && then !== card.tip.text[lang]) lines.push(`*${labels.changed}*`, '', quote(then), '');
  } else {
    lines.push(`### ${escapeMarkdown(labels.orphanCard(note.cardId))}`, '');
    if (note.cardText) lines.push(`**${labels.tip}**`, '', quote(note.cardText[lang]), '');
  }
  lines.push(`**${labels.note(labels.date(note.updatedAt))}**`, '', noteText(note.text), '');
  return lines;
}

/**
 * Every note as a document people can read and print: grouped by actor pair in the note's order,
 * each under its card's title and text; notes on cards this edition lacks come last, never dropped.
 */
export function notesToMarkdown(
  notes: readonly BackupNote[],
  edition: Edition,
  lang: Lang,
  labels: MarkdownLabels,
): string {
  const byNoteCard = new Map(notes.map((note) => [note.cardId, note]));
  const actorName = (id: ActorId): string => edition.actors.find((actor) => actor.id === id)?.singular[lang] ?? id;
  const lines: string[] = [`# ${escapeMarkdown(labels.title)}`, '', escapeMarkdown(labels.subtitle), ''];
  for (const from of ACTOR_IDS) {
    for (const to of ACTOR_IDS) {
      const cards = edition.cards.filter((card) => card.from === from && card.to === to && byNoteCard.has(card.id));
      if (cards.length === 0) continue;
      lines.push(`## ${escapeMarkdown(labels.pair(actorName(from), actorName(to)))}`, '');
      for (const card of cards) lines.push(...noteBlock(byNoteCard.get(card.id)!, card, lang, labels));
    }
  }
  const known = new Set(edition.cards.map((card) => card.id));
  const orphans = notes.filter((note) => !known.has(note.cardId));
  if (orphans.length > 0) {
    lines.push(`## ${escapeMarkdown(labels.orphans)}`, '');
    for (const note of orphans) lines.push(...noteBlock(note, undefined, lang, labels));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

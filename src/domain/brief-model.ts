import { isActorId } from './actor';
import { cutText, isTime } from './bounds';
import type { ActorId } from './actor';
import { emptySheet, SHEET_FIELDS } from './brief-sheet';
import type { AlignmentSheet } from './brief-sheet';

/** The format of a saved or shared brief; bump (with a reader for the old one) if the shape changes. */
export const BRIEF_FORMAT = 1 as const;

/** How a card stands in the preparation: worth keeping in mind, to talk over, or already taken care of. */
export const BRIEF_MARKS = ['relevant', 'discuss', 'handled'] as const;
export type BriefMark = (typeof BRIEF_MARKS)[number];

/** One card the user marked or wrote on; cards left alone have no entry. */
export type BriefCard = {
  readonly cardId: string;
  readonly mark?: BriefMark;
  readonly note: string;
};

/**
 * A visit-preparation brief: whose side it is written from, the pair's cards as the user marked
 * them, and the expectation-alignment sheet. A type alias (not an interface) so it stays a plain
 * JSON value that storage and backups can carry as it is.
 */
export type Brief = {
  readonly format: typeof BRIEF_FORMAT;
  readonly id: string;
  readonly name: string;
  readonly actor: ActorId;
  readonly partner: ActorId;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly updatedAt: number;
  /** The content edition the cards were read in. */
  readonly editionVersion: string;
  readonly cards: readonly BriefCard[];
  readonly sheet: AlignmentSheet;
};

/** Limits that keep a stored or shared brief sane; a link or backup beyond them is refused. */
export const BRIEF_LIMITS = { name: 200, text: 10_000, cards: 2_000, id: 64, cardId: 120, version: 40 } as const;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isBriefId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= BRIEF_LIMITS.id && ID_PATTERN.test(value);
}

/** A fresh id: 16 random hex digits (getRandomValues works where randomUUID needs a secure context). */
export function newBriefId(
  random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b),
): string {
  return [...random(new Uint8Array(8))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface NewBrief {
  readonly id: string;
  readonly name: string;
  readonly actor: ActorId;
  readonly partner: ActorId;
  readonly now: number;
  readonly editionVersion: string;
}

export function createBrief({ id, name, actor, partner, now, editionVersion }: NewBrief): Brief {
  const named = cutText(name, BRIEF_LIMITS.name);
  return {
    format: BRIEF_FORMAT,
    id,
    name: named,
    actor,
    partner,
    createdAt: now,
    updatedAt: now,
    editionVersion,
    cards: [],
    sheet: emptySheet(),
  };
}

/** The entry for a card, or an empty one. */
export function briefCard(brief: Brief, cardId: string): BriefCard {
  return brief.cards.find((entry) => entry.cardId === cardId) ?? { cardId, note: '' };
}

/** Replaces a card's entry; an entry with neither mark nor note is dropped. */
export function withBriefCard(brief: Brief, written: BriefCard, now: number): Brief {
  // Bounded as the reader bounds it, so a saved brief always reads back (src/domain/bounds.ts).
  const entry = { ...written, note: cutText(written.note, BRIEF_LIMITS.text) };
  const keep = entry.mark !== undefined || entry.note !== '';
  const index = brief.cards.findIndex((existing) => existing.cardId === entry.cardId);
  const cards = [...brief.cards];
  if (index < 0) {
    if (keep) cards.push(entry);
  } else if (keep) cards[index] = entry;
  else cards.splice(index, 1);
  return { ...brief, cards, updatedAt: now };
}

export function withSheetField(brief: Brief, field: keyof AlignmentSheet, text: string, now: number): Brief {
  return { ...brief, sheet: { ...brief.sheet, [field]: cutText(text, BRIEF_LIMITS.text) }, updatedAt: now };
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isMark(value: unknown): value is BriefMark {
  return typeof value === 'string' && (BRIEF_MARKS as readonly string[]).includes(value);
}

function parseCard(value: unknown): BriefCard | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { cardId, mark, note } = value as Record<string, unknown>;
  if (!isText(cardId, BRIEF_LIMITS.cardId) || !ID_PATTERN.test(cardId) || !isText(note, BRIEF_LIMITS.text))
    return undefined;
  if (mark === undefined) return { cardId, note };
  return isMark(mark) ? { cardId, mark, note } : undefined;
}

function parseSheet(value: unknown): AlignmentSheet | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const source = value as Record<string, unknown>;
  const sheet: Record<string, string> = {};
  for (const field of SHEET_FIELDS) {
    const text = source[field] ?? '';
    if (!isText(text, BRIEF_LIMITS.text)) return undefined;
    sheet[field] = text;
  }
  return sheet as AlignmentSheet;
}

/**
 * A Brief from untrusted data (a shared link, a stored record, a backup), or undefined if any
 * part is missing or wrong. Builds a new object field by field, so nothing unexpected (a
 * `__proto__` key, extra fields, HTML in a field that is not text) comes along.
 */
export function parseBrief(value: unknown): Brief | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (v.format !== BRIEF_FORMAT || !isBriefId(v.id) || !isText(v.name, BRIEF_LIMITS.name)) return undefined;
  if (!isActorId(v.actor) || !isActorId(v.partner) || v.actor === v.partner) return undefined;
  if (!isTime(v.createdAt) || !isTime(v.updatedAt) || !isText(v.editionVersion, BRIEF_LIMITS.version)) return undefined;
  if (!Array.isArray(v.cards) || v.cards.length > BRIEF_LIMITS.cards) return undefined;
  const cards: BriefCard[] = [];
  const seen = new Set<string>();
  for (const raw of v.cards) {
    const card = parseCard(raw);
    if (!card || seen.has(card.cardId)) return undefined;
    seen.add(card.cardId);
    cards.push(card);
  }
  const sheet = parseSheet(v.sheet);
  if (!sheet) return undefined;
  return {
    format: BRIEF_FORMAT,
    id: v.id,
    name: v.name,
    actor: v.actor,
    partner: v.partner,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    editionVersion: v.editionVersion,
    cards,
    sheet,
  };
}

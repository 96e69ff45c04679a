import type { BriefCard, BriefMark, Brief } from './brief-model';
import type { Card } from './card';

/** The order a brief's cards are read in: what to talk over first, what is done last. */
export const MARK_ORDER = ['discuss', 'relevant', 'handled'] as const satisfies readonly BriefMark[];

export interface BriefItem {
  readonly entry: BriefCard;
  /** Undefined when the card is not in this edition (a link from a newer one). */
  readonly card: Card | undefined;
}

export interface BriefGroup {
  /** Undefined: cards with a note but no mark. */
  readonly mark: BriefMark | undefined;
  readonly items: readonly BriefItem[];
}

/**
 * A brief's cards for reading and printing: grouped by mark in MARK_ORDER (unmarked notes last),
 * each group in the edition's order, unknown cards at its end. Empty groups are left out.
 */
export function groupBriefCards(brief: Brief, cards: readonly Card[]): BriefGroup[] {
  const items = inEditionOrder(brief.cards, cards);
  return [...MARK_ORDER, undefined]
    .map((mark) => ({ mark, items: items.filter((item) => item.entry.mark === mark) }))
    .filter((group) => group.items.length > 0);
}

/** The cards of a brief with a note written on them, in the edition's order (unknown cards last). */
export function briefNotes(brief: Brief, cards: readonly Card[]): BriefItem[] {
  return inEditionOrder(
    brief.cards.filter((entry) => entry.note.trim() !== ''),
    cards,
  );
}

function inEditionOrder(entries: readonly BriefCard[], cards: readonly Card[]): BriefItem[] {
  const position = new Map(cards.map((card, index) => [card.id, index]));
  return entries
    .map((entry) => ({ entry, card: cards.find((card) => card.id === entry.cardId) }))
    .sort((a, b) => (position.get(a.entry.cardId) ?? cards.length) - (position.get(b.entry.cardId) ?? cards.length));
}

import { cutText, MAX_ID_LENGTH } from './bounds';
import type { Card } from './card';

/** A deck a user put together: a name and cards in the user's order. */
export interface DeckDraft {
  readonly name: string;
  readonly cardIds: readonly string[];
}

export const MAX_DECK_NAME_LENGTH = 80;
/** A link must still fit in a chat message or a QR code; a session deck is a handful of cards. */
export const MAX_SHARED_CARDS = 200;

const CARD_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Query keys of a shared deck link (Danish, like the paths). */
const NAME_KEY = 'navn';
const CARDS_KEY = 'kort';

/** The query string of a link to a deck ("navn=…&kort=a,b,c"); ids are slugs, so commas stay readable. */
export function encodeDeckShare({ name, cardIds }: DeckDraft): string {
  return `${NAME_KEY}=${encodeURIComponent(name.trim())}&${CARDS_KEY}=${cardIds.join(',')}`;
}

/**
 * A deck from a link's query string, or undefined when it names no card. Whatever a link says is
 * checked: only card-id-shaped values, each once, at most MAX_SHARED_CARDS, a name of sensible length.
 */
export function decodeDeckShare(search: string): DeckDraft | undefined {
  const params = new URLSearchParams(search);
  const cardIds = [
    ...new Set(
      (params.get(CARDS_KEY) ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length <= MAX_ID_LENGTH && CARD_ID.test(id)),
    ),
  ].slice(0, MAX_SHARED_CARDS);
  if (cardIds.length === 0) return undefined;
  return { name: cleanDeckName(params.get(NAME_KEY) ?? ''), cardIds };
}

/** Cut by graphemes (src/domain/bounds.ts): half an emoji would make the share link throw. */
export function cleanDeckName(name: string): string {
  return cutText(name.replace(/\s+/g, ' ').trim(), MAX_DECK_NAME_LENGTH).trim();
}

/** The cards of a deck in its order; ids the edition no longer deals (retired, unknown) are counted apart. */
export function resolveDeckCards(
  cardIds: readonly string[],
  byId: ReadonlyMap<string, Card>,
): { cards: Card[]; missing: number } {
  const cards: Card[] = [];
  for (const id of cardIds) {
    const card = byId.get(id);
    if (card?.status === 'active') cards.push(card);
  }
  return { cards, missing: cardIds.length - cards.length };
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  if (from < 0 || from >= list.length) return result;
  const [item] = result.splice(from, 1);
  result.splice(Math.min(Math.max(to, 0), result.length), 0, item as T);
  return result;
}

/** Adds the id at the end, or takes it out if it is there. */
export function toggleId(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((other) => other !== id) : [...list, id];
}

/** A new deck's id: a readable slug that will not collide on one device ("deck-lq3k-7f2a"). */
export function createDeckId(now: number, random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `deck-${now.toString(36)}-${tail}`;
}

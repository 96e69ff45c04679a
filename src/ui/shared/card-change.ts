import type { Lang } from '../../domain/actor';
import type { Card } from '../../domain/card';
import type { Note } from '../../storage/notes-store';

/** How the card under a note differs from when the note was written. */
export type CardChange =
  { readonly kind: 'changed'; readonly then: string } | { readonly kind: 'unknown'; readonly version: string };

/**
 * Changed: the note recorded the card's text and it now reads otherwise (in the reader's language).
 * Unknown: the note predates recording and comes from another edition. Otherwise nothing to say.
 */
export function cardChange(
  note: Note | undefined,
  card: Card | undefined,
  editionVersion: string,
  lang: Lang,
): CardChange | undefined {
  if (!note || !card) return undefined;
  const then = note.cardText?.[lang];
  if (then !== undefined) return then === card.tip.text[lang] ? undefined : { kind: 'changed', then };
  return note.editionVersion === editionVersion ? undefined : { kind: 'unknown', version: note.editionVersion };
}

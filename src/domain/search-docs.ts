import type { ActorId, Lang, Localized } from './actor';
import { briefNotes } from './brief-groups';
import type { Brief } from './brief-model';
import type { Card } from './card';
import type { Edition } from './edition';
import type { SearchEntry } from './search-index';
import type { SourceText } from './text';

/** What a search result opens: a card, a part of an actor's profile, or a note written in a brief. */
export type SearchDoc =
  | { readonly kind: 'card'; readonly card: Card }
  | {
      readonly kind: 'briefNote';
      readonly brief: Pick<Brief, 'id' | 'name'>;
      /** Undefined when the card is not in this edition. */
      readonly card: Card | undefined;
      readonly cardId: string;
      readonly note: string;
    }
  | {
      readonly kind: 'profile';
      readonly actor: ActorId;
      /** The editorial heading of the section; absent for "as another actor". */
      readonly heading?: Localized;
      readonly paragraphs: readonly SourceText[];
    };

/** The searchable documents of an edition: the active cards in the note's order, then the profiles. */
export function editionSearchDocs(edition: Edition): SearchDoc[] {
  const docs: SearchDoc[] = edition.cards
    .filter((card) => card.status === 'active')
    .map((card) => ({ kind: 'card', card }));
  for (const profile of edition.profiles) {
    for (const section of profile.sections) {
      docs.push({ kind: 'profile', actor: profile.actor, heading: section.heading, paragraphs: section.paragraphs });
    }
    docs.push({ kind: 'profile', actor: profile.actor, paragraphs: profile.asOtherActor });
  }
  return docs;
}

/** The texts of the documents in one language, as the index reads them. */
export function* searchEntries(docs: readonly SearchDoc[], lang: Lang): Generator<SearchEntry> {
  for (const [doc, item] of docs.entries()) {
    if (item.kind === 'card') {
      yield { doc, field: 'title', text: item.card.title[lang] };
      yield { doc, field: 'tip', text: item.card.tip.text[lang] };
      if (item.card.reflection) yield { doc, field: 'reflection', text: item.card.reflection[lang] };
    } else if (item.kind === 'briefNote') {
      yield { doc, field: 'note', text: item.note };
    } else {
      if (item.heading) yield { doc, field: 'profile', text: item.heading[lang] };
      for (const paragraph of item.paragraphs) yield { doc, field: 'profile', text: paragraph.text[lang] };
    }
  }
}

/** The user's notes as entries of the documents of their cards (notes on cards not in `docs` are left out). */
export function* noteSearchEntries(
  docs: readonly SearchDoc[],
  notes: Iterable<{ readonly cardId: string; readonly text: string }>,
): Generator<SearchEntry> {
  const docOfCard = new Map<string, number>();
  for (const [doc, item] of docs.entries()) if (item.kind === 'card') docOfCard.set(item.card.id, doc);
  for (const note of notes) {
    const doc = docOfCard.get(note.cardId);
    if (doc !== undefined) yield { doc, field: 'note', text: note.text };
  }
}

/** The notes written in briefs (Forberedelse), one document each, to follow the edition's documents. */
export function briefNoteDocs(briefs: readonly Brief[], cards: readonly Card[]): SearchDoc[] {
  return briefs.flatMap((brief) =>
    briefNotes(brief, cards).map(({ entry, card }) => ({
      kind: 'briefNote' as const,
      brief: { id: brief.id, name: brief.name },
      card,
      cardId: entry.cardId,
      note: entry.note,
    })),
  );
}

/** The texts of documents numbered from `first` on (the documents that follow the edition's). */
export function* searchEntriesFrom(docs: readonly SearchDoc[], first: number, lang: Lang): Generator<SearchEntry> {
  for (const entry of searchEntries(docs, lang)) yield { ...entry, doc: entry.doc + first };
}

import type { Card } from '../domain/card';
import type { SourceText } from '../domain/text';

/*
 * The cards as they travel, in a JSON file of their own (precached; the edition's core is a file
 * too, shipped as it is). A card's printed wording is left out where it equals the corrected Danish,
 * and empty lists are left out: a fifth fewer bytes on every cheap tablet. unpackCards restores
 * exactly what packCards was given (a test proves it).
 * Browser code: imports only types.
 */

type PackedText = Omit<SourceText, 'printed' | 'errata'> & Partial<Pick<SourceText, 'printed' | 'errata'>>;
type PackedCard = Omit<Card, 'tip' | 'editorialNotes'> & { tip: PackedText; editorialNotes?: Card['editorialNotes'] };

function packText({ printed, errata, ...rest }: SourceText): PackedText {
  return { ...rest, ...(printed === rest.text.da ? {} : { printed }), ...(errata.length > 0 ? { errata } : {}) };
}

function unpackText({ printed, errata, ...rest }: PackedText): SourceText {
  return { printed: printed ?? rest.text.da, text: rest.text, errata: errata ?? [] };
}

export function packCards(cards: readonly Card[]): PackedCard[] {
  return cards.map(({ tip, editorialNotes, ...card }) => ({
    ...card,
    tip: packText(tip),
    ...(editorialNotes.length > 0 ? { editorialNotes } : {}),
  }));
}

export function unpackCards(packed: readonly PackedCard[]): Card[] {
  return packed.map(({ tip, editorialNotes, ...card }) => ({
    ...card,
    tip: unpackText(tip),
    editorialNotes: editorialNotes ?? [],
  }));
}

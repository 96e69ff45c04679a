import type { Card } from '../domain/card';
import type { About, ActorProfile, CardBlock, EditionCore } from '../domain/edition';
import type { SourceText } from '../domain/text';

/*
 * The edition as it travels: its core inside index.html, its cards in a JSON file of their own
 * (precached). A passage's printed wording is left out where it equals the corrected Danish, and
 * empty lists are left out: a fifth fewer bytes on every cheap tablet. unpackCore and unpackCards
 * restore exactly what packCore and packCards were given (a test proves it).
 * Browser code: imports only types.
 */

type PackedText = Omit<SourceText, 'printed' | 'errata'> & Partial<Pick<SourceText, 'printed' | 'errata'>>;
type PackedCard = Omit<Card, 'tip' | 'editorialNotes'> & { tip: PackedText; editorialNotes?: Card['editorialNotes'] };
type PackedProfile = Omit<ActorProfile, 'sections' | 'asOtherActor'> & {
  sections: (Omit<ActorProfile['sections'][number], 'paragraphs'> & { paragraphs: PackedText[] })[];
  asOtherActor: PackedText[];
};
type PassageKey = 'introduction' | 'structure' | 'contact' | 'purpose';
type PackedAbout = Omit<About, PassageKey> & Record<PassageKey, PackedText[]>;

export interface PackedCore extends Omit<EditionCore, 'about' | 'profiles' | 'blocks'> {
  about: PackedAbout;
  profiles: PackedProfile[];
  blocks: (Omit<CardBlock, 'intro'> & { intro: PackedText })[];
}

const PASSAGE_KEYS: readonly PassageKey[] = ['introduction', 'structure', 'contact', 'purpose'];

function packText({ printed, errata, ...rest }: SourceText): PackedText {
  return { ...rest, ...(printed === rest.text.da ? {} : { printed }), ...(errata.length > 0 ? { errata } : {}) };
}

function unpackText({ printed, errata, ...rest }: PackedText): SourceText {
  return { printed: printed ?? rest.text.da, text: rest.text, errata: errata ?? [] };
}

export function packCore(core: EditionCore): PackedCore {
  return {
    ...core,
    about: { ...core.about, ...Object.fromEntries(PASSAGE_KEYS.map((key) => [key, core.about[key].map(packText)])) } as PackedAbout,
    profiles: core.profiles.map((profile) => ({
      ...profile,
      sections: profile.sections.map((section) => ({ ...section, paragraphs: section.paragraphs.map(packText) })),
      asOtherActor: profile.asOtherActor.map(packText),
    })),
    blocks: core.blocks.map((block) => ({ ...block, intro: packText(block.intro) })),
  };
}

export function unpackCore(packed: PackedCore): EditionCore {
  return {
    ...packed,
    about: { ...packed.about, ...Object.fromEntries(PASSAGE_KEYS.map((key) => [key, packed.about[key].map(unpackText)])) } as About,
    profiles: packed.profiles.map((profile) => ({
      ...profile,
      sections: profile.sections.map((section) => ({ ...section, paragraphs: section.paragraphs.map(unpackText) })),
      asOtherActor: profile.asOtherActor.map(unpackText),
    })),
    blocks: packed.blocks.map((block) => ({ ...block, intro: unpackText(block.intro) })),
  };
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

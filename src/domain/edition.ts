import type { Actor, ActorId, Localized } from './actor';
import type { Card } from './card';
import type { SourceText } from './text';

export interface ProfileSection {
  readonly id: string;
  /** Editorial heading (the note itself has none inside a profile). */
  readonly heading: Localized;
  readonly paragraphs: readonly SourceText[];
}

export interface ActorProfile {
  readonly actor: ActorId;
  readonly sections: readonly ProfileSection[];
  /** "Som anden aktør; vær især opmærksom på følgende". */
  readonly asOtherActor: readonly SourceText[];
}

export interface About {
  readonly title: Localized;
  readonly kicker: Localized;
  readonly publisher: string;
  readonly date: Localized;
  readonly email: string;
  readonly web: string;
  readonly introduction: readonly SourceText[];
  readonly structure: readonly SourceText[];
  readonly contact: readonly SourceText[];
  readonly purpose: readonly SourceText[];
}

/** A block of collaboration cards as printed, e.g. "Samarbejdskort til virksomheder". */
export interface CardBlock {
  readonly id: string;
  /** The heading as printed. */
  readonly heading: Localized;
  /** "Som virksomhed skal du i et skole-virksomhedssamarbejde med (…), huske:" */
  readonly intro: SourceText;
}

export interface Edition {
  /** Semver of the content edition. */
  readonly version: string;
  readonly published: string;
  readonly about: About;
  readonly actors: readonly Actor[];
  readonly profiles: readonly ActorProfile[];
  /** The note's blocks of collaboration cards ("Samarbejdskort til …"), in order. */
  readonly blocks: readonly CardBlock[];
  /** All cards, retired ones included, in the note's order. */
  readonly cards: readonly Card[];
}

/** How many cards each deck deals: deckSizes[from][to], with 'all' for every partner at once. */
export type DeckSizes = Readonly<Record<ActorId, Readonly<Record<ActorId | 'all', number>>>>;

/**
 * Everything of an edition but its cards, and how many cards each deck deals: what the first screen
 * needs. The cards (the bulk of a large edition) load beside it.
 */
export interface EditionCore extends Omit<Edition, 'cards'> {
  readonly deckSizes: DeckSizes;
}

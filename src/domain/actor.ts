/** The four actors of the note, in the note's own order. */
export const ACTOR_IDS = ['elev', 'laerer', 'virksomhed', 'kommune'] as const;

export type ActorId = (typeof ACTOR_IDS)[number];

export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the app speaks. Danish is the source of truth. */
export type Localized = Readonly<Record<Lang, string>>;

export interface Actor {
  readonly id: ActorId;
  readonly singular: Localized;
  readonly plural: Localized;
  /** A short label printed on the card, so an actor is never told apart by colour alone. */
  readonly label: Localized;
  /** A single glyph shown beside the label. */
  readonly symbol: string;
  /** CSS colour (hex) of the actor's band; always paired with symbol and label. */
  readonly color: string;
}

export function isActorId(value: unknown): value is ActorId {
  return typeof value === 'string' && (ACTOR_IDS as readonly string[]).includes(value);
}

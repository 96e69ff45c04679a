import type { ActorId, Localized } from './actor';
import type { EditorialNote, SourceText } from './text';

export type CardStatus = 'active' | 'retired';

/** Where in the note a card comes from. */
export interface SourceRef {
  /** Id of the edition's CardBlock, e.g. "til-virksomheder". */
  readonly block: string;
  /** The actor label printed beside the tips, e.g. "LÆRER". */
  readonly label: string;
  /** 1-based position of the tip under its label within the block. */
  readonly position: number;
}

export interface Card {
  /** Stable, readable slug. Personal notes are keyed by it: never changed or reused. */
  readonly id: string;
  readonly from: ActorId;
  readonly to: ActorId;
  /** The tip itself: the note's words. */
  readonly tip: SourceText;
  /** Editorial addition (not the note's words): a short title for the card face. */
  readonly title: Localized;
  /** Editorial addition (not the note's words): an optional question for the back. */
  readonly reflection?: Localized;
  readonly source: SourceRef;
  readonly editorialNotes: readonly EditorialNote[];
  readonly status: CardStatus;
}

import type { Localized } from './actor';

/** A correction of an obvious typo in the note; the printed wording stays recoverable. */
export interface Erratum {
  /** The wording as printed in the note. */
  readonly original: string;
  /** The wording the app shows. */
  readonly corrected: string;
  /** Why, in both languages. */
  readonly note: Localized;
}

export const EDITORIAL_NOTE_KINDS = ['layout', 'truncated', 'suspected', 'other'] as const;
export type EditorialNoteKind = (typeof EDITORIAL_NOTE_KINDS)[number];

/** An editor's remark on the source that users may see (e.g. a probable layout error). */
export interface EditorialNote {
  readonly id: string;
  readonly kind: EditorialNoteKind;
  readonly text: Localized;
}

/**
 * A passage of the note: `printed` is the note's Danish wording verbatim (hyphenation and line
 * breaks of the PDF removed); `text.da` is that wording with the errata applied; `text.en` the
 * translation.
 */
export interface SourceText {
  readonly printed: string;
  readonly text: Localized;
  readonly errata: readonly Erratum[];
}

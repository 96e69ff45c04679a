/*
 * How search sees text. Danish is typed in many ways on a school tablet: "Lærer", "laerer",
 * "LÆRER"; "Århus" and "Aarhus"; an English keyboard has no æ, ø or å at all. Folding maps every
 * spelling to one form, so they all meet.
 */

// æ/ø/å have official two-letter spellings (ae, oe, aa); ä/ö/ü are their German and Swedish cousins.
const LETTER_PAIRS: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
};
const PAIRED = /[æøåäöüß]/g;
const MARKS = /\p{M}+/gu;
// Letters with accents (é, ü …) need decomposing; punctuation such as – or ’ does not.
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower case, æ→ae, ø→oe, å→aa (and ä, ö, ü, ß), other accents dropped: "Økonomi" → "oekonomi". */
export function foldText(text: string): string {
  const lower = text.toLowerCase().replace(PAIRED, (letter) => LETTER_PAIRS[letter] ?? letter);
  // Only decompose when there is an accent left to strip: NFD is not free, and most text has none.
  return ACCENTED.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** The folded words of a text, in order (hyphens and punctuation separate words). */
export function foldedWords(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** A word of the original text: where it is, and its folded form. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

/** Every word of the original text with its position, so a match can be marked in the text as written. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ start: match.index, end: match.index + match[0].length, folded: foldText(match[0]) });
  }
  return spans;
}

/*
 * The bounds of every value the app stores, shares or reads back, one definition each. The write
 * paths and the readers (backup, links, stored records, facilitator messages) use the same ones, so
 * whatever the app can store, its own import accepts, and whatever a reader accepts, a screen can show.
 */

/** The largest time a Date can hold (ECMAScript: ±8.64e15 ms); past it, formatting throws. */
export const MAX_TIME = 8.64e15;
/** A stable id (a card's, a deck's): far longer than any real one (card ids are short slugs). */
export const MAX_ID_LENGTH = 200;
/** A note's length in UTF-16 units: a real note never meets it; the note field says so when one does. */
export const MAX_NOTE_LENGTH = 100_000;
/** A facilitator timer: 99:59:59, far more than any session; past it the clock stops counting. */
export const MAX_TIMER_MS = (100 * 3600 - 1) * 1000;
/**
 * A facilitator epoch (a clock reading, raised by one per take-over): with this ceiling, raising it
 * stays exact (below 2^53), so a take-over always outranks the claim it takes over from.
 */
export const MAX_EPOCH = 2 ** 52;

/** Milliseconds since the epoch that a Date can hold and format (never negative here). */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME;
}

/** A whole number that counts exactly (a sequence number, an epoch, a size). */
export function isCount(value: unknown, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}

const CUT_MARGIN = 64;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

type Segmenter = { segment(text: string): Iterable<{ readonly segment: string }> };
type SegmenterClass = new (locale?: string, options?: { granularity: 'grapheme' }) => Segmenter;

/**
 * The text cut to at most `max` UTF-16 units (the unit lengths are checked in), never inside a
 * grapheme (an emoji with its modifiers, a letter with its accents) where Intl.Segmenter exists,
 * and never inside a surrogate pair anywhere: half an emoji cannot be encoded into a link.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const Segmenter = (Intl as unknown as { Segmenter?: SegmenterClass }).Segmenter;
  if (Segmenter) {
    // Segment only around the cut (segmenting 100,000 characters takes seconds): no real grapheme is
    // longer than the margin, and a boundary is never inside a surrogate pair.
    let start = Math.max(0, max - CUT_MARGIN);
    if (isLowSurrogate(text.charCodeAt(start))) start -= 1;
    let end = start;
    for (const { segment } of new Segmenter(undefined, { granularity: 'grapheme' }).segment(
      text.slice(start, max + CUT_MARGIN),
    )) {
      if (end + segment.length > max) break;
      end += segment.length;
    }
    return text.slice(0, end);
  }
  return text.slice(0, isLowSurrogate(text.charCodeAt(max)) ? max - 1 : max);
}

/** Whether the text has a lone surrogate (half an emoji): encodeURIComponent and TextEncoder would fail on it. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/**
 * What a note field keeps of an edit: the edit as it is, unless it grows the text past
 * MAX_NOTE_LENGTH; then cut there (or at the old length: a longer note from before the limit is
 * never cut by an edit).
 */
export function limitNoteEdit(previous: string, next: string): string {
  return next.length > MAX_NOTE_LENGTH && next.length > previous.length
    ? cutText(next, Math.max(MAX_NOTE_LENGTH, previous.length))
    : next;
}

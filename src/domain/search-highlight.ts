import { wordSpans } from './search-text';

/** A piece of a shown text; marked pieces are words that answered the search. */
export interface TextPart {
  readonly text: string;
  readonly marked: boolean;
}

const ELLIPSIS = '…';

/**
 * A text cut into parts, the words whose folded form is in `words` marked. With `maxWords`, a long
 * text is cut to a window of about that many words around the first marked one, "…" where cut.
 */
export function markWords(text: string, words: ReadonlySet<string>, maxWords = Infinity): TextPart[] {
  const spans = wordSpans(text);
  let from = 0;
  let to = spans.length;
  if (spans.length > maxWords) {
    const first = Math.max(
      0,
      spans.findIndex((span) => words.has(span.folded)),
    );
    // A little context before the match, the rest after it.
    from = Math.max(0, Math.min(first - Math.floor(maxWords / 4), spans.length - maxWords));
    to = from + maxWords;
  }
  const startAt = from === 0 ? 0 : (spans[from]?.start ?? 0);
  const endAt = to === spans.length ? text.length : (spans[to - 1]?.end ?? text.length);
  const parts: TextPart[] = [];
  const push = (piece: string, marked: boolean): void => {
    if (piece === '') return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + piece, marked };
    else parts.push({ text: piece, marked });
  };
  if (startAt > 0) push(`${ELLIPSIS} `, false);
  let at = startAt;
  for (let i = from; i < to; i += 1) {
    const span = spans[i];
    if (!span || !words.has(span.folded)) continue;
    push(text.slice(at, span.start), false);
    push(text.slice(span.start, span.end), true);
    at = span.end;
  }
  push(text.slice(at, endAt), false);
  if (endAt < text.length) push(` ${ELLIPSIS}`, false);
  return parts;
}

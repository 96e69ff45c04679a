import { withinEditDistance } from './search-distance';
import { foldedWords } from './search-text';

/** Where in a document a word was found; the order is the order of FIELD_WEIGHTS. */
export const SEARCH_FIELDS = ['title', 'tip', 'reflection', 'note', 'profile'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A title says what a card is about; a word in it counts more than one deep in a paragraph. */
const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = { title: 3, tip: 2, reflection: 1.5, note: 2, profile: 1 };
const WEIGHT_OF_FIELD = SEARCH_FIELDS.map((field) => FIELD_WEIGHTS[field]);
const FIELD_BITS = 3;
const FIELD_MASK = (1 << FIELD_BITS) - 1;

/** How well a word of the text answers a word of the query. */
const EXACT = 1;
const PREFIX = 0.8;
const TYPO = 0.6;
/** Inside a compound: "samarbejde" in "virksomhedssamarbejde". */
const INFIX = 0.5;

/** Below this many letters a query word is taken literally: no typos, no compounds. */
const MIN_FORGIVING_LENGTH = 4;
/** Below this many letters a query word is not a prefix either ("s" would match half the words). */
const MIN_PREFIX_LENGTH = 2;

export interface SearchEntry {
  /** The document's number; the caller keeps the documents. */
  readonly doc: number;
  readonly field: SearchField;
  readonly text: string;
}

/**
 * An inverted index of some texts: the sorted folded words, and for each word the places it
 * occurs (document × field, packed in one integer). Built once; searching it only reads.
 */
export interface SearchSegment {
  readonly words: readonly string[];
  readonly postings: readonly Int32Array[];
  /** Recent query words and what they matched here: typing "samarb" → "samarbe" asks again and again. */
  readonly memo: Map<string, readonly WordMatch[]>;
}

interface WordMatch {
  readonly word: number;
  readonly weight: number;
}

const MEMO_SIZE = 200;

/**
 * Collects texts into a segment a piece at a time, so a caller with ten thousand cards can pause
 * between pieces and keep the screen responsive while the index is built.
 */
export interface SegmentBuilder {
  add(entry: SearchEntry): void;
  finish(): SearchSegment;
}

export function createSegmentBuilder(): SegmentBuilder {
  const byWord = new Map<string, number[]>();
  return {
    add({ doc, field, text }) {
      const place = doc * (FIELD_MASK + 1) + SEARCH_FIELDS.indexOf(field);
      for (const word of foldedWords(text)) {
        const places = byWord.get(word);
        if (!places) byWord.set(word, [place]);
        // Entries come one text at a time, so a repeat within a text is always the last place.
        else if (places[places.length - 1] !== place) places.push(place);
      }
    },
    finish() {
      const words = [...byWord.keys()].sort();
      return { words, postings: words.map((word) => Int32Array.from(byWord.get(word) ?? [])), memo: new Map() };
    },
  };
}

export function buildSearchSegment(entries: Iterable<SearchEntry>): SearchSegment {
  const builder = createSegmentBuilder();
  for (const entry of entries) builder.add(entry);
  return builder.finish();
}

/** The first position in sorted `words` not before `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] as string) < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

function matchWord(segment: SearchSegment, term: string): readonly WordMatch[] {
  const memo = segment.memo.get(term);
  if (memo) return memo;
  const { words } = segment;
  const matches: WordMatch[] = [];
  const start = lowerBound(words, term);
  let end = start;
  if (words[start] === term) {
    matches.push({ word: start, weight: EXACT });
    end = start + 1;
  }
  if (term.length >= MIN_PREFIX_LENGTH) {
    while (end < words.length && (words[end] as string).startsWith(term)) {
      matches.push({ word: end, weight: PREFIX });
      end += 1;
    }
  }
  if (term.length >= MIN_FORGIVING_LENGTH) {
    const slips = term.length >= 8 ? 2 : 1;
    for (let i = 0; i < words.length; i += 1) {
      if (i === start) i = end; // exact and prefix matches are already in
      const word = words[i];
      if (word === undefined) break;
      if (word.includes(term)) matches.push({ word: i, weight: INFIX });
      else if (withinEditDistance(word, term, slips)) matches.push({ word: i, weight: TYPO });
    }
  }
  if (segment.memo.size >= MEMO_SIZE) segment.memo.clear();
  segment.memo.set(term, matches);
  return matches;
}

export interface SearchOutcome {
  /** The documents found, best first; equal scores keep the documents' own order. */
  readonly hits: Int32Array;
  /** For each document (by number): bit i set when a query word was found in SEARCH_FIELDS[i]. */
  readonly fields: Uint8Array;
  /** The folded words of the texts that matched, for marking them where they are shown. */
  readonly matchedWords: ReadonlySet<string>;
  /** The query's own folded words (empty: nothing to search for). */
  readonly terms: readonly string[];
}

export const EMPTY_OUTCOME: SearchOutcome = {
  hits: new Int32Array(0),
  fields: new Uint8Array(0),
  matchedWords: new Set(),
  terms: [],
};

/** The query words search will use: folded, without repeats; too-short words alone do not search. */
export function queryTerms(query: string): string[] {
  // A dozen words is a sentence; more would only slow the search (and overflow its counters).
  const terms = [...new Set(foldedWords(query))].slice(0, 12);
  return terms.some((term) => term.length >= MIN_PREFIX_LENGTH) ? terms : [];
}

/** Whether a field is among those a document matched in. */
export function matchedIn(outcome: SearchOutcome, doc: number, field: SearchField): boolean {
  return ((outcome.fields[doc] ?? 0) & (1 << SEARCH_FIELDS.indexOf(field))) !== 0;
}

/**
 * Every document in which each word of the query is found (exactly, as the start of a word, in a
 * compound, or with a small typo), ranked by how well and where. `segments` share one numbering of
 * `docCount` documents (e.g. the edition's texts and the user's notes).
 */
export function searchSegments(segments: readonly SearchSegment[], docCount: number, query: string): SearchOutcome {
  const terms = queryTerms(query);
  if (terms.length === 0) return EMPTY_OUTCOME;
  const total = new Float64Array(docCount);
  const best = new Float64Array(docCount);
  const found = new Uint8Array(docCount);
  const touched = new Int32Array(docCount);
  const fields = new Uint8Array(docCount);
  const matchedWords = new Set<string>();

  for (const term of terms) {
    let touchedCount = 0;
    for (const segment of segments) {
      for (const { word, weight } of matchWord(segment, term)) {
        matchedWords.add(segment.words[word] as string);
        const places = segment.postings[word] as Int32Array;
        for (let k = 0; k < places.length; k += 1) {
          const place = places[k] as number;
          const doc = place >> FIELD_BITS;
          const field = place & FIELD_MASK;
          const score = weight * (WEIGHT_OF_FIELD[field] as number);
          fields[doc] = (fields[doc] as number) | (1 << field);
          if (score > (best[doc] as number)) {
            if (best[doc] === 0) touched[touchedCount++] = doc;
            best[doc] = score;
          }
        }
      }
    }
    // Each query word counts once per document: its best place.
    for (let k = 0; k < touchedCount; k += 1) {
      const doc = touched[k] as number;
      total[doc] = (total[doc] as number) + (best[doc] as number);
      found[doc] = (found[doc] as number) + 1;
      best[doc] = 0;
    }
  }

  let count = 0;
  for (let doc = 0; doc < docCount; doc += 1) if (found[doc] === terms.length) count += 1;
  const hits = new Int32Array(count);
  let at = 0;
  for (let doc = 0; doc < docCount; doc += 1) if (found[doc] === terms.length) hits[at++] = doc;
  hits.sort((a, b) => (total[b] as number) - (total[a] as number) || a - b);
  return { hits, fields, matchedWords, terms };
}

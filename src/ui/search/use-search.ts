import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../domain/actor';
import type { Edition } from '../../domain/edition';
import {
  briefNoteDocs,
  editionSearchDocs,
  noteSearchEntries,
  searchEntries,
  searchEntriesFrom,
} from '../../domain/search-docs';
import type { SearchDoc } from '../../domain/search-docs';
import { buildSearchSegment, createSegmentBuilder, EMPTY_OUTCOME, searchSegments } from '../../domain/search-index';
import type { SearchEntry, SearchOutcome, SearchSegment } from '../../domain/search-index';
import { useLang } from '../shared/use-lang';
import { useEdition } from '../shared/edition-context';
import { useNotesList } from '../shared/use-notes-list';
import { useBriefsList } from '../shared/briefs-context';

interface EditionIndex {
  readonly docs: readonly SearchDoc[];
  readonly segment: SearchSegment;
}

/** How long the index may hold the main thread at a time: well inside a frame, so typing stays smooth. */
const SLICE_MS = 8;

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Builds a segment in slices of a few milliseconds, giving the browser the turn in between. */
async function buildSegmentInSlices(entries: Iterable<SearchEntry>): Promise<SearchSegment> {
  const builder = createSegmentBuilder();
  let sliceStart = performance.now();
  for (const entry of entries) {
    builder.add(entry);
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  return builder.finish();
}

// Built the first time search opens, then kept for the visit (the edition never changes while the app runs).
const indexes = new WeakMap<Edition, Partial<Record<Lang, Promise<EditionIndex>>>>();
const built = new WeakMap<Edition, Partial<Record<Lang, EditionIndex>>>();

function editionIndex(edition: Edition, lang: Lang): Promise<EditionIndex> {
  const byLang = indexes.get(edition) ?? {};
  indexes.set(edition, byLang);
  byLang[lang] ??= (async () => {
    const docs = editionSearchDocs(edition);
    const index = { docs, segment: await buildSegmentInSlices(searchEntries(docs, lang)) };
    built.set(edition, { ...built.get(edition), [lang]: index });
    return index;
  })();
  return byLang[lang];
}

export interface SearchState {
  /** False while the index of the edition is being built (the first visit to search only). */
  readonly ready: boolean;
  readonly docs: readonly SearchDoc[];
  readonly outcome: SearchOutcome;
  /** The user's note on each card that has one. */
  readonly noteOf: ReadonlyMap<string, string>;
}

/**
 * Searches the edition in the current language, the user's notes and the notes written in briefs. The index is built in
 * slices after the screen has painted, so opening search never freezes the page; the notes'
 * index follows the notes as they change.
 */
export function useSearch(query: string): SearchState {
  const edition = useEdition();
  const lang = useLang();
  const { notes } = useNotesList();
  const [ready, setReady] = useState<{ edition: Edition; lang: Lang; index: EditionIndex } | undefined>();
  const index = ready?.edition === edition && ready.lang === lang ? ready.index : built.get(edition)?.[lang];

  useEffect(() => {
    if (index) return;
    let current = true;
    void editionIndex(edition, lang).then((next) => {
      if (current) setReady({ edition, lang, index: next });
    });
    return () => {
      current = false;
    };
  }, [index, edition, lang]);

  const [notesSegment, setNotesSegment] = useState<{
    notes: typeof notes;
    index: EditionIndex;
    segment: SearchSegment;
  }>();
  useEffect(() => {
    if (!index || !notes || notes.length === 0) return;
    let current = true;
    void buildSegmentInSlices(noteSearchEntries(index.docs, notes)).then((segment) => {
      if (current) setNotesSegment({ notes, index, segment });
    });
    return () => {
      current = false;
    };
  }, [index, notes]);
  // While changed notes are indexed again, the previous notes' index keeps answering.
  const notesIndex = notesSegment?.index === index ? notesSegment?.segment : undefined;

  // Briefs' notes are documents of their own, numbered after the edition's: a hit opens the brief.
  // A few dozen at most, so indexed at once.
  const briefs = useBriefsList();
  const withBriefs = useMemo(() => {
    if (!index) return undefined;
    const docs = briefNoteDocs(briefs ?? [], edition.cards);
    if (docs.length === 0) return { docs: index.docs, segments: [] };
    const segment = buildSearchSegment(searchEntriesFrom(docs, index.docs.length, lang));
    return { docs: [...index.docs, ...docs], segments: [segment] };
  }, [index, briefs, edition, lang]);

  const outcome = useMemo(() => {
    if (!index || !withBriefs) return EMPTY_OUTCOME;
    const segments = [index.segment, ...(notesIndex ? [notesIndex] : []), ...withBriefs.segments];
    return searchSegments(segments, withBriefs.docs.length, query);
  }, [index, notesIndex, withBriefs, query]);

  const noteOf = useMemo(() => new Map(notes?.map((note) => [note.cardId, note.text])), [notes]);
  return { ready: index !== undefined, docs: withBriefs?.docs ?? [], outcome, noteOf };
}

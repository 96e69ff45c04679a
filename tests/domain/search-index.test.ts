import { describe, expect, it } from 'vitest';
import { editionSearchDocs, noteSearchEntries, searchEntries } from '../../src/domain/search-docs';
import type { SearchDoc } from '../../src/domain/search-docs';
import { markWords } from '../../src/domain/search-highlight';
import {
  buildSearchSegment,
  createSegmentBuilder,
  matchedIn,
  queryTerms,
  searchSegments,
} from '../../src/domain/search-index';
import type { SearchEntry } from '../../src/domain/search-index';
import { buildCard } from '../support/build-card';
import { buildUiEdition } from '../support/build-ui-edition';

/** Titles of the documents a query finds, best first. */
function search(entries: SearchEntry[], docCount: number, query: string): number[] {
  return [...searchSegments([buildSearchSegment(entries)], docCount, query).hits];
}

const entry = (doc: number, field: SearchEntry['field'], text: string): SearchEntry => ({ doc, field, text });

describe('searchSegments', () => {
  it('finds a word whatever the case and whether æ, ø, å are typed as ae, oe, aa', () => {
    const entries = [
      entry(0, 'tip', 'Tal med LÆREREN om økonomi og forløb i Århus'),
      entry(1, 'tip', 'Noget helt andet'),
    ];
    for (const query of ['læreren', 'laereren', 'LAEREREN', 'oekonomi', 'Økonomi', 'forloeb', 'aarhus', 'Århus']) {
      expect(search(entries, 2, query), query).toEqual([0]);
    }
  });

  it('forgives a small typo in a longer word, but not in a short one', () => {
    const entries = [entry(0, 'tip', 'Et godt samarbejde med virksomheden'), entry(1, 'tip', 'Elev og mål')];
    expect(search(entries, 2, 'samarbjede')).toEqual([0]); // swapped letters
    expect(search(entries, 2, 'virksomheen')).toEqual([0]); // a letter missing
    expect(search(entries, 2, 'okonomi')).toEqual([]); // nothing close
    expect(search(entries, 2, 'mal')).toEqual([]); // "mål" folds to "maal": three letters are taken literally
    expect(search(entries, 2, 'maal')).toEqual([1]);
  });

  it('finds words as they are being typed (a prefix) and inside Danish compounds', () => {
    const entries = [entry(0, 'title', 'Skole-virksomhedssamarbejde'), entry(1, 'title', 'Samarbejdsaftale')];
    expect(search(entries, 2, 'sam')).toEqual([1]); // three letters: only words that start with them
    expect(search(entries, 2, 'samarb')).toEqual([1, 0]); // the word that starts with it ranks first
    expect(search(entries, 2, 'virksomhed')).toEqual([0]);
  });

  it('needs every word of the query, in any field of the document', () => {
    const entries = [
      entry(0, 'title', 'Praktik i virksomheden'),
      entry(0, 'note', 'Ring til Mette'),
      entry(1, 'title', 'Praktik'),
    ];
    expect(search(entries, 2, 'praktik mette')).toEqual([0]);
    expect(search(entries, 2, 'praktik')).toEqual([0, 1]);
  });

  it('ranks a title above a tip, a tip above a reflection, and a profile last', () => {
    const entries = [
      entry(0, 'profile', 'Kommunen har en rolle'),
      entry(1, 'reflection', 'Hvilken rolle har du?'),
      entry(2, 'tip', 'Tag en aktiv rolle'),
      entry(3, 'title', 'Din rolle'),
    ];
    expect(search(entries, 4, 'rolle')).toEqual([3, 2, 1, 0]);
  });

  it('ranks an exact word above a typo and equal scores in the documents’ own order', () => {
    const entries = [
      entry(0, 'tip', 'Aftal en plan'),
      entry(1, 'tip', 'Aftel en plan'),
      entry(2, 'tip', 'Aftal møder'),
    ];
    expect(search(entries, 3, 'aftal')).toEqual([0, 2, 1]);
  });

  it('does not search with one letter alone, and says which words matched', () => {
    const segment = buildSearchSegment([entry(0, 'tip', 'Skolen og samarbejdet')]);
    expect(queryTerms('s')).toEqual([]);
    expect([...searchSegments([segment], 1, 's').hits]).toEqual([]);
    expect([...searchSegments([segment], 1, 'samar').matchedWords]).toEqual(['samarbejdet']);
  });

  it('searches several segments that share the documents, e.g. the edition and the notes', () => {
    const content = buildSearchSegment([entry(0, 'title', 'Praktik'), entry(1, 'title', 'Praktik')]);
    const notes = buildSearchSegment([entry(1, 'note', 'Spørg om CSR-strategien')]);
    const outcome = searchSegments([content, notes], 2, 'praktik csr');
    expect([...outcome.hits]).toEqual([1]);
  });

  it('marks which fields matched', () => {
    const outcome = searchSegments(
      [buildSearchSegment([entry(0, 'title', 'Mødet'), entry(0, 'note', 'mødet i morgen')])],
      1,
      'mødet',
    );
    expect(matchedIn(outcome, 0, 'title')).toBe(true);
    expect(matchedIn(outcome, 0, 'note')).toBe(true);
    expect(matchedIn(outcome, 0, 'tip')).toBe(false);
  });

  it('gives the same answers from a segment built a piece at a time', () => {
    const entries = [
      entry(0, 'title', 'Praktik i virksomheden'),
      entry(1, 'tip', 'Aftal praktik'),
      entry(2, 'tip', 'Andet'),
    ];
    const builder = createSegmentBuilder();
    for (const item of entries) builder.add(item);
    expect([...searchSegments([builder.finish()], 3, 'praktik').hits]).toEqual(search(entries, 3, 'praktik'));
  });

  it('answers a second search over fewer documents correctly (its working memory is reused)', () => {
    expect(search([entry(0, 'tip', 'kaffe'), entry(1, 'tip', 'kaffe te')], 2, 'kaffe')).toEqual([0, 1]);
    expect(search([entry(0, 'tip', 'te')], 1, 'te')).toEqual([0]);
    expect(search([entry(0, 'tip', 'kaffe'), entry(1, 'tip', 'kaffe te')], 2, 'kaffe te')).toEqual([1]);
  });
});

describe('edition search documents', () => {
  it('searches card titles, tips and reflections in the current language, profiles and notes', () => {
    const card = buildCard({
      from: 'laerer',
      to: 'virksomhed',
      title: { da: 'Find en kontaktperson', en: 'Find a contact person' },
      reflection: { da: 'Hvem ringer du til?', en: 'Who do you call?' },
    });
    const retired = buildCard({ title: { da: 'Kontaktperson (gammel)', en: 'Contact (old)' }, status: 'retired' });
    const edition = buildUiEdition({ cards: [card, retired] });
    const docs = editionSearchDocs(edition);
    expect(docs.filter((doc) => doc.kind === 'card')).toHaveLength(1);

    const da = buildSearchSegment(searchEntries(docs, 'da'));
    const en = buildSearchSegment(searchEntries(docs, 'en'));
    const notes = buildSearchSegment(
      noteSearchEntries(docs, [
        { cardId: card.id, text: 'Spørg efter Mette' },
        { cardId: 'ukendt', text: 'Mette' },
      ]),
    );
    const name = (doc: SearchDoc | undefined): string =>
      doc?.kind === 'card' ? doc.card.id : doc?.kind === 'profile' ? `profile ${doc.actor}` : 'other';
    const find = (segments: (typeof da)[], query: string) =>
      [...searchSegments(segments, docs.length, query).hits].map((doc) => name(docs[doc]));

    expect(find([da], 'kontaktperson')).toEqual([card.id]);
    expect(find([da], 'contact')).toEqual([]);
    expect(find([en], 'contact')).toEqual([card.id]);
    expect(find([da], 'ringer')).toEqual([card.id]);
    expect(find([en], 'ringer')).toEqual([]);
    expect(find([da], 'mette')).toEqual([]);
    expect(find([da, notes], 'mette')).toEqual([card.id]);
    expect(find([da], 'profiltekst kommune')).toEqual(['profile kommune']);
    expect(find([en], 'profile text municipality')).toEqual([]); // buildUiEdition's profiles say "Profile text about kommune"
    expect(find([en], 'profile text kommune')).toEqual(['profile kommune']);
  });
});

describe('markWords', () => {
  const marked = (text: string, words: string[], max?: number) =>
    markWords(text, new Set(words), max)
      .map((part) => (part.marked ? `[${part.text}]` : part.text))
      .join('');

  it('marks matched words where they stand in the text as written', () => {
    expect(marked('Tal med LÆREREN om lærerens plan.', ['laereren'])).toBe('Tal med [LÆREREN] om lærerens plan.');
    expect(marked('Skole-virksomhedssamarbejde', ['skole', 'virksomhedssamarbejde'])).toBe(
      '[Skole]-[virksomhedssamarbejde]',
    );
  });

  it('cuts a long text to a window around the first match', () => {
    const text = Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' ');
    expect(marked(text, ['ord20'], 8)).toBe('… ord18 ord19 [ord20] ord21 ord22 ord23 ord24 ord25 …');
    expect(marked(text, ['ord1'], 4)).toBe('ord0 [ord1] ord2 ord3 …');
  });

  it('leaves a text without matches whole', () => {
    expect(markWords('Ingen træf her.', new Set(['andet']))).toEqual([{ text: 'Ingen træf her.', marked: false }]);
  });
});

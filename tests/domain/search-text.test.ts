import { describe, expect, it } from 'vitest';
import { withinEditDistance } from '../../src/domain/search-distance';
import { foldedWords, foldText, wordSpans } from '../../src/domain/search-text';

describe('foldText', () => {
  it.each([
    ['Lærer', 'laerer'],
    ['LÆRER', 'laerer'],
    ['Økonomi', 'oekonomi'],
    ['Århus', 'aarhus'],
    ['Aarhus', 'aarhus'],
    ['Bøger på Åbyhøj', 'boeger paa aabyhoej'],
    ['Café', 'cafe'],
    ['Ärger über Österreich', 'aerger ueber oesterreich'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('lets æ and ae, ø and oe, å and aa meet', () => {
    expect(foldText('skolevæsenet')).toBe(foldText('skolevaesenet'));
    expect(foldText('forløb')).toBe(foldText('forloeb'));
    expect(foldText('måde')).toBe(foldText('maade'));
  });
});

describe('foldedWords', () => {
  it('splits at spaces, hyphens and punctuation', () => {
    expect(foldedWords('Skole-virksomhedssamarbejde: Hvad gør I?')).toEqual([
      'skole',
      'virksomhedssamarbejde',
      'hvad',
      'goer',
      'i',
    ]);
  });

  it('keeps digits', () => {
    expect(foldedWords('9. klasse, 2019')).toEqual(['9', 'klasse', '2019']);
  });
});

describe('wordSpans', () => {
  it('gives each word where it stands in the original text, with its folded form', () => {
    const text = 'Tal med læreren.';
    expect(wordSpans(text).map((span) => [text.slice(span.start, span.end), span.folded])).toEqual([
      ['Tal', 'tal'],
      ['med', 'med'],
      ['læreren', 'laereren'],
    ]);
  });
});

describe('withinEditDistance', () => {
  it.each([
    ['samarbejde', 'samarbejde', 0, true],
    ['samarbjede', 'samarbejde', 1, true], // two neighbours swapped
    ['samarbejd', 'samarbejde', 1, true], // a letter missing
    ['samarbejdee', 'samarbejde', 1, true], // a letter extra
    ['samarbajde', 'samarbejde', 1, true], // a letter wrong
    ['smarbjde', 'samarbejde', 1, false],
    ['smarbjde', 'samarbejde', 2, true],
    ['elev', 'lærer', 1, false],
  ])('%s vs %s within %i: %s', (a, b, max, expected) => {
    expect(withinEditDistance(a, b, max)).toBe(expected);
  });
});

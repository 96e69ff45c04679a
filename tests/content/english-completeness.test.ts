import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/content/load-edition';
import { englishProblems } from './english-problems';
import { editJson, realContent } from './real-content';

describe('English is complete', () => {
  it('every text of the edition has its own English', () => {
    const { checked, problems } = englishProblems(realContent());
    expect(problems).toEqual([]);
    // 33 cards alone have a tip, a title and a reflection each.
    expect(checked).toBeGreaterThan(33 * 3);
  });

  it('every passage the app shows has English that is not the Danish', () => {
    const edition = loadEdition(realContent());
    const tips = edition.cards.map((card) => card.tip);
    expect(tips.every((tip) => tip.text.en.trim() !== '' && tip.text.en !== tip.text.da)).toBe(true);
    expect(edition.cards.every((card) => card.reflection !== undefined)).toBe(true);
  });

  it('reports a missing translation by file and field', () => {
    const files = editJson(realContent(), 'actors/laerer.json', (json) => {
      delete json.sections[0].editorialHeading.en;
    });
    expect(englishProblems(files).problems).toEqual([
      'content/actors/laerer.json › sections[0].editorialHeading.en: missing or empty',
    ]);
  });

  it('reports English that is only the Danish copied over', () => {
    const files = editJson(realContent(), 'cards/til-kommuner.json', (json) => {
      json.cards[0].tip.en = json.cards[0].tip.printed;
    });
    expect(englishProblems(files).problems).toEqual([
      expect.stringContaining('content/cards/til-kommuner.json › cards[0].tip.en: same as the Danish'),
      expect.stringContaining('content/cards/til-kommuner.json › cards[0].tip.en: looks Danish'),
    ]);
  });

  it('reports an untranslated reflection but accepts quoted Danish words and addresses', () => {
    const files = editJson(realContent(), 'cards/til-laerere.json', (json) => {
      json.cards[0].editorial.reflection.en = 'Hvilke resultater fra din klasse?';
    });
    expect(englishProblems(files).problems).toEqual([
      'content/cards/til-laerere.json › cards[0].editorial.reflection.en: looks Danish ("Hvilke resultater fra din klasse?")',
    ]);
    const neutral = { 'x.json': JSON.stringify({ a: { da: 'info@teknologipagten.dk', en: 'info@teknologipagten.dk' }, b: { da: 'fous', en: 'Typo: “fous” corrected' } }) };
    expect(englishProblems(neutral).problems).toEqual([]);
  });
});

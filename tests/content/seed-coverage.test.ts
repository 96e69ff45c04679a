import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, editJson, realContent, realSeed } from './real-content';
import { joinLines, printedCorpus, seedCoverage, seedFragments, uncoveredFragments } from './seed-coverage';
import type { PrintedCorpus } from './seed-coverage';

describe('undoing the PDF’s layout', () => {
  it('joins broken words but keeps real hyphens and slashes', () => {
    expect(joinLines('mellem sko-\nler og')).toBe('mellem skoler og');
    expect(joinLines('vedr. sko-\nle-virksomhedssamarbejde')).toBe('vedr. skole-virksomhedssamarbejde');
    expect(joinLines('både før-un-\nder-efter et')).toBe('både før-under-efter et');
    expect(joinLines('indgår i et skole- \nvirksomhedssamarbejde.')).toBe('indgår i et skole-virksomhedssamarbejde.');
    expect(joinLines('påvirke og/\neller udfordre')).toBe('påvirke og/eller udfordre');
    expect(joinLines('oplevelser,  ønsker \n og')).toBe('oplevelser, ønsker og');
  });

  it('cuts the note into headings, vertical labels and sentences', () => {
    const seed = [
      'SAMARBEJDSKORT ',
      'TIL VIRKSOMHEDER  ',
      '',
      'LÆ',
      'R',
      '',
      'ER',
      '',
      'Vis og forklar hvorfor. Læg op til fælles udar-',
      'bejdelse.',
      '',
      'Præsentér gerne et netværk (både lærere og politikere)',
    ].join('\n');
    expect(seedFragments(seed)).toEqual([
      { kind: 'heading', text: 'SAMARBEJDSKORT TIL VIRKSOMHEDER' },
      { kind: 'heading', text: 'LÆRER' },
      { kind: 'sentence', text: 'Vis og forklar hvorfor.' },
      { kind: 'sentence', text: 'Læg op til fælles udarbejdelse.' },
      { kind: 'sentence', text: 'Præsentér gerne et netværk (både lærere og politikere)' },
    ]);
  });
});

describe('the coverage check itself', () => {
  const seed = 'ELEVER\nFørste sætning her. Anden sæt-\nning her.\n\nEt tip uden punktum';
  const corpus: PrintedCorpus = {
    passages: ['Første sætning her. Anden sætning her.', 'Et tip uden punktum'],
    headings: ['Elever'],
    printedHeadings: [],
    errata: [],
    blocks: [],
  };

  it('finds nothing missing when every sentence is there', () => {
    expect(uncoveredFragments(seedFragments(seed), corpus)).toEqual([]);
  });

  it('reports a sentence deleted from a passage', () => {
    const cut = { ...corpus, passages: ['Første sætning her.', 'Et tip uden punktum'] };
    expect(uncoveredFragments(seedFragments(seed), cut)).toEqual(['Anden sætning her.']);
  });

  it('reports a reworded sentence and a missing heading', () => {
    const changed = { ...corpus, passages: ['Første sætning her. Anden sætning der.', 'Et tip uden punktum'], headings: [] };
    expect(uncoveredFragments(seedFragments(seed), changed)).toEqual(['ELEVER', 'Anden sætning her.']);
  });
});

describe('content/ holds all of the note, word for word', () => {
  it('content/source/notat-2019.txt is the note as delivered, byte for byte', () => {
    const bytes = readFileSync(resolve(CONTENT_DIR, 'source/notat-2019.txt'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      'd0096b17ba600ebac19bf1ed215bf0b20097510b39c205c6407f38d793226b59',
    );
  });

  it('every heading and sentence of the note is in some printed text', () => {
    const fragments = seedFragments(realSeed());
    expect(fragments.length).toBeGreaterThan(150);
    expect(seedCoverage(realSeed(), realContent()).uncovered).toEqual([]);
  });

  it('every printed card page is a block with all its tips and labels', () => {
    expect(seedCoverage(realSeed(), realContent()).misplaced).toEqual([]);
  });

  it('notices a repeated tip missing from one of the pages it is printed on', () => {
    const files = editJson(realContent(), 'cards/til-laerere.json', (json) => {
      json.cards.splice(0, 1);
    });
    const coverage = seedCoverage(realSeed(), files);
    // The companies' card still has the sentence, so only the per-page check can see it is gone.
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.misplaced).toEqual(['til-laerere: Fortæl de gode historier og del resultater fra skole-virksomhedssamarbejder.']);
  });

  it('notices a tip filed under the wrong label', () => {
    const files = editJson(realContent(), 'cards/til-laerere-om-elever.json', (json) => {
      for (const card of json.cards) card.label = 'VIRKSOMHED';
    });
    expect(seedCoverage(realSeed(), files).misplaced).toEqual(['til-laerere-om-elever: ELEV']);
  });

  it('every printed text is the note’s own wording', () => {
    expect(seedCoverage(realSeed(), realContent()).notVerbatim).toEqual([]);
  });

  it('every erratum corrects words that are in the note', () => {
    const coverage = seedCoverage(realSeed(), realContent());
    expect(printedCorpus(realContent()).errata.length).toBeGreaterThan(0);
    expect(coverage.errataNotInSeed).toEqual([]);
  });

  it('notices a sentence deleted from a real card', () => {
    const files = editJson(realContent(), 'cards/til-virksomheder.json', (json) => {
      json.cards[1].tip.printed = 'Læg op til fælles udvikling af indholdet i undervisningen samt udarbjedelse af tidsplan.';
    });
    expect(seedCoverage(realSeed(), files).uncovered).toEqual([
      'Husk også at spørge ind til og tage højde for aldersgruppe og klassesammensætning.',
    ]);
  });

  it('notices a typo fixed in `printed` instead of through an erratum', () => {
    const files = editJson(realContent(), 'cards/til-kommuner.json', (json) => {
      json.cards[2].tip.printed = json.cards[2].tip.printed.replace('samarbjede', 'samarbejde');
      delete json.cards[2].tip.errata;
    });
    const coverage = seedCoverage(realSeed(), files);
    expect(coverage.notVerbatim).toEqual([
      'Sørg for at sikre kompetenceudvikling til de lærere, der har behovet, så de føler sig klar til at indgå i et skole-virksomhedssamarbejde.',
    ]);
    expect(coverage.uncovered).toHaveLength(1);
  });

  it('notices a layout fragment left out', () => {
    const files = editJson(realContent(), 'about.json', (json) => {
      json.layoutFragments = json.layoutFragments.filter((f: { printed: string }) => f.printed !== 'http://');
    });
    expect(seedCoverage(realSeed(), files).uncovered).toEqual(['http://']);
  });

  it('notices an erratum whose original the note never printed', () => {
    const files = editJson(realContent(), 'about.json', (json) => {
      json.purpose[0].printed = json.purpose[0].printed.replace('forskelige', 'forskelige forskelige');
      json.purpose[0].errata[0].original = 'forskelige forskelige';
    });
    expect(seedCoverage(realSeed(), files).errataNotInSeed).toEqual(['content/about.json: "forskelige forskelige"']);
  });
});

import { describe, expect, it } from 'vitest';
import { ContentError, loadEdition } from '../../src/content/load-edition';
import type { ContentFiles } from '../../src/content/load-edition';
import { countPairs } from '../../src/domain/select-deck';
import { editJson, realContent } from './real-content';

/** The content checker's message for broken files; fails the test if they load. */
function problemsOf(files: ContentFiles): string {
  try {
    loadEdition(files);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected the content check to fail, but the edition loaded');
}

const COMPANIES = 'cards/til-virksomheder.json';

describe('the real content edition', () => {
  const edition = loadEdition(realContent());

  it('is version 1.0.0 with the four actors in the note’s order', () => {
    expect(edition.version).toBe('1.0.0');
    expect(edition.published).toBe('2026-11-26');
    expect(edition.actors.map((actor) => actor.id)).toEqual(['elev', 'laerer', 'virksomhed', 'kommune']);
    expect(edition.profiles).toHaveLength(4);
  });

  it('has the four printed blocks and 33 active cards', () => {
    expect(edition.blocks.map((block) => block.id)).toEqual([
      'til-virksomheder',
      'til-kommuner',
      'til-laerere',
      'til-laerere-om-elever',
    ]);
    expect(edition.cards).toHaveLength(33);
    expect(edition.cards.every((card) => card.status === 'active')).toBe(true);
  });

  it('deals the cards to the pairs the note has', () => {
    expect(countPairs(edition.cards)).toEqual({
      elev: { elev: 0, laerer: 0, virksomhed: 6, kommune: 0 },
      laerer: { elev: 3, laerer: 0, virksomhed: 3, kommune: 3 },
      virksomhed: { elev: 3, laerer: 3, virksomhed: 0, kommune: 3 },
      kommune: { elev: 3, laerer: 3, virksomhed: 3, kommune: 0 },
    });
  });

  it('shows the corrected Danish while keeping the printed wording', () => {
    const card = edition.cards.find((c) => c.id === 'laerer-kommune-sikr-det-praktiske');
    expect(card?.tip.printed).toContain('sikre, det det praktiske');
    expect(card?.tip.text.da).toContain('sikre, det praktiske');
    expect(card?.tip.text.da).not.toContain('det det');
    expect(card?.source).toEqual({ block: 'til-laerere', label: 'LÆRER', position: 2 });
  });
});

describe('broken content is refused with the file, the field and the problem', () => {
  it('a missing translation of a card title', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      delete json.cards[0].editorial.title.en;
    });
    expect(problemsOf(files)).toContain(
      'content/cards/til-virksomheder.json › cards[0].editorial.title.en: missing translation (en)',
    );
  });

  it('a missing English translation of a tip', () => {
    const files = editJson(realContent(), 'actors/kommune.json', (json) => {
      delete json.sections[1].paragraphs[0].en;
    });
    expect(problemsOf(files)).toContain(
      'content/actors/kommune.json › sections[1].paragraphs[0].en: missing translation (en)',
    );
  });

  it('a duplicate card id', () => {
    const files = editJson(realContent(), 'cards/til-kommuner.json', (json) => {
      json.cards[1].id = 'virksomhed-laerer-vis-relevans';
    });
    expect(problemsOf(files)).toContain(
      'content/cards/til-kommuner.json › cards[1].id: duplicate id "virksomhed-laerer-vis-relevans" (also in content/cards/til-virksomheder.json)',
    );
  });

  it('an unknown actor', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      json.cards[2].to = 'skoleleder';
    });
    const message = problemsOf(files);
    expect(message).toContain(
      'content/cards/til-virksomheder.json › cards[2].to: unknown actor (known: elev, laerer, virksomhed, kommune)',
    );
    // The file's other cards are unreadable too, but they are not "gone": one problem, not ten.
    expect(message).not.toContain('is gone');
  });

  it('an empty text', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      json.cards[0].tip.printed = '   ';
    });
    expect(problemsOf(files)).toContain('content/cards/til-virksomheder.json › cards[0].tip.printed: empty text');
  });

  it('malformed JSON (the content format has no front matter: JSON is the whole file)', () => {
    const files = { ...realContent(), 'actors/elev.json': '{ "id": "elev", ' };
    expect(problemsOf(files)).toMatch(/content\/actors\/elev\.json: malformed JSON \(/);
  });

  it('a published id that is gone', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      json.cards.splice(1, 1);
    });
    expect(problemsOf(files)).toContain(
      'content/published-ids.json › cards.virksomhed-laerer-udvikl-indhold-sammen: published id "virksomhed-laerer-udvikl-indhold-sammen" is gone',
    );
  });

  it('a published id moved to another pair', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      json.cards[0].to = 'elev';
    });
    expect(problemsOf(files)).toContain(
      'content/published-ids.json › cards.virksomhed-laerer-vis-relevans: published id "virksomhed-laerer-vis-relevans" changed from virksomhed->laerer to virksomhed->elev',
    );
  });

  it('a new card that was never locked', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      json.cards.push({ ...json.cards[0], id: 'virksomhed-laerer-ny-ide' });
    });
    expect(problemsOf(files)).toContain(
      'content/published-ids.json › cards.virksomhed-laerer-ny-ide: id "virksomhed-laerer-ny-ide" is not published yet: run npm run content:lock',
    );
  });

  it('an erratum whose original is not in the printed text', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      json.cards[1].tip.errata[0].original = 'udarbejdlse';
    });
    expect(problemsOf(files)).toContain(
      'content/cards/til-virksomheder.json › cards[1].tip.errata[0].original: "udarbejdlse" is not in the printed text',
    );
  });

  it('an actor file with the wrong id', () => {
    const files = editJson(realContent(), 'actors/elev.json', (json) => {
      json.id = 'laerer';
    });
    expect(problemsOf(files)).toContain('content/actors/elev.json › id: must be "elev", the file\'s name');
  });

  it('a missing field', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      delete json.cards[0].from;
    });
    expect(problemsOf(files)).toContain('content/cards/til-virksomheder.json › cards[0].from: missing field');
  });

  it('two blocks in one position', () => {
    const files = editJson(realContent(), 'cards/til-kommuner.json', (json) => {
      json.block.order = 1;
    });
    expect(problemsOf(files)).toMatch(/content\/cards\/til-(kommuner|virksomheder)\.json › block\.order: duplicate block order 1/);
  });

  it('two blocks with one id', () => {
    const files = editJson(realContent(), 'cards/til-laerere-om-elever.json', (json) => {
      json.block.id = 'til-laerere';
    });
    expect(problemsOf(files)).toContain(
      'content/cards/til-laerere-om-elever.json › block.id: duplicate block id "til-laerere" (also in content/cards/til-laerere.json)',
    );
  });

  it('lists every problem, not only the first', () => {
    let files = editJson(realContent(), 'actors/elev.json', (json) => {
      json.color = 'brown';
    });
    files = editJson(files, COMPANIES, (json) => {
      json.cards[0].label = '';
    });
    const message = problemsOf(files);
    expect(message).toMatch(/^Content check failed \(2 problems\):/);
    expect(message).toContain('content/actors/elev.json › color: must be a hex colour like #1a2b3c');
    expect(message).toContain('content/cards/til-virksomheder.json › cards[0].label: empty text');
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/content/load-edition';
import type { Card } from '../../src/domain/card';
import type { SourceText } from '../../src/domain/text';
import { CONTENT_DIR, realContent } from './real-content';

/*
 * The house rules of the content edition that the schema cannot express: how ids are made,
 * how long titles are, where the editor's decisions are written down.
 */

const edition = loadEdition(realContent());
const byId = (id: string): Card => {
  const card = edition.cards.find((c) => c.id === id);
  if (!card) throw new Error(`no card ${id}`);
  return card;
};
const allSourceTexts: SourceText[] = [
  ...edition.about.introduction,
  ...edition.about.structure,
  ...edition.about.contact,
  ...edition.about.purpose,
  ...edition.profiles.flatMap((p) => [...p.sections.flatMap((s) => s.paragraphs), ...p.asOtherActor]),
  ...edition.blocks.map((b) => b.intro),
  ...edition.cards.map((c) => c.tip),
];
const readDoc = (name: string): string => readFileSync(resolve(CONTENT_DIR, name), 'utf8');
const words = (text: string): number => text.trim().split(/\s+/u).length;

describe('cards', () => {
  it('have readable ids: <from>-<to>- and a gist of two to four ASCII words', () => {
    for (const card of edition.cards) {
      expect(card.id).toMatch(new RegExp(`^${card.from}-${card.to}(-[a-z0-9]+){2,4}$`));
    }
  });

  it('have a short title (at most six words) and an open question on the back', () => {
    for (const card of edition.cards) {
      expect(words(card.title.da), card.id).toBeLessThanOrEqual(6);
      expect(words(card.title.en), card.id).toBeLessThanOrEqual(6);
      expect(card.reflection?.da, card.id).toMatch(/\?$/);
      expect(card.reflection?.en, card.id).toMatch(/\?$/);
    }
  });

  it('are all published, with the pair they are dealt to', () => {
    const lock = JSON.parse(realContent()['published-ids.json'] ?? '{}') as { cards: Record<string, string> };
    expect(lock.cards).toEqual(Object.fromEntries(edition.cards.map((c) => [c.id, `${c.from}->${c.to}`])));
  });

  it('deal the teachers’ “LÆRER” tips from teacher to municipality, saying why', () => {
    const moved = edition.cards.filter((c) => c.source.block === 'til-laerere' && c.source.label === 'LÆRER');
    expect(moved.map((c) => `${c.from}->${c.to}`)).toEqual(['laerer->kommune', 'laerer->kommune', 'laerer->kommune']);
    for (const card of moved) expect(card.editorialNotes.map((n) => n.kind)).toEqual(['layout']);
    // They are the companies' tips for the municipality (the corrected Danish, commas aside).
    const companies = edition.cards.filter((c) => c.from === 'virksomhed' && c.to === 'kommune');
    const plain = (c: Card): string => c.tip.text.da.replace(/,/g, '');
    expect(moved.map(plain)).toEqual(companies.map(plain));
  });

  it('deal the six things teachers tell pupils from pupil to company, saying where they are printed', () => {
    const pupils = edition.cards.filter((c) => c.source.block === 'til-laerere-om-elever');
    expect(pupils).toHaveLength(6);
    for (const card of pupils) {
      expect([card.from, card.to, card.source.label]).toEqual(['elev', 'virksomhed', 'ELEV']);
      expect(card.editorialNotes.map((n) => n.kind)).toEqual(['other']);
    }
  });

  it('keep a cut-off tip cut off in Danish and mark the gap in English', () => {
    const card = byId('virksomhed-laerer-stil-krav');
    expect(card.tip.text.da).toMatch(/faglige og didaktiske\.$/);
    expect(card.tip.text.en).toContain('[expertise]');
    expect(card.editorialNotes.map((n) => n.kind)).toEqual(['truncated']);
  });

  it('flag the municipality’s tip that speaks of “jeres virksomhed”', () => {
    const card = byId('kommune-elev-redde-verden');
    expect(card.tip.text.da).toContain('jeres virksomhed');
    expect(card.editorialNotes.map((n) => n.kind)).toEqual(['suspected']);
  });
});

describe('actors', () => {
  it('have the agreed labels, symbols and colours', () => {
    expect(edition.actors.map((a) => [a.id, a.label.da, a.label.en, a.symbol, a.color])).toEqual([
      ['elev', 'ELEV', 'PUPIL', '●', '#8a4513'],
      ['laerer', 'LÆRER', 'TEACHER', '▲', '#1d5c8a'],
      ['virksomhed', 'VIRKSOMHED', 'COMPANY', '■', '#2e6b30'],
      ['kommune', 'KOMMUNE', 'MUNICIPALITY', '◆', '#6b3f8a'],
    ]);
  });
});

describe('errata', () => {
  const errata = allSourceTexts.flatMap((text) => text.errata.map((erratum) => ({ text, erratum })));

  it('each change exactly one place in their passage, and really change it', () => {
    expect(errata.length).toBeGreaterThan(0);
    for (const { text, erratum } of errata) {
      expect(text.printed.split(erratum.original).length - 1, erratum.original).toBe(1);
      expect(erratum.corrected).not.toBe(erratum.original);
      expect(text.text.da).toContain(erratum.corrected);
    }
  });

  it('are all listed in EDITORIAL.md, as are the cards with notes', () => {
    const editorial = readDoc('EDITORIAL.md');
    for (const { erratum } of errata) expect(editorial).toContain(`\`${erratum.original}\` → \`${erratum.corrected}\``);
    for (const card of edition.cards.filter((c) => c.editorialNotes.length > 0)) expect(editorial).toContain(card.id);
    expect(editorial).toContain(`## Errata (${errata.length})`);
    expect(editorial).toContain(`## Editorial notes on cards (${edition.cards.flatMap((c) => c.editorialNotes).length})`);
  });
});

describe('CHANGELOG.md', () => {
  it('describes this edition with its real counts', () => {
    const changelog = readDoc('CHANGELOG.md');
    const notes = edition.cards.flatMap((c) => c.editorialNotes).length;
    const errataCount = allSourceTexts.reduce((sum, t) => sum + t.errata.length, 0);
    expect(changelog).toContain(`## ${edition.version} — ${edition.published}`);
    expect(changelog).toContain(`**${edition.actors.length} actors**`);
    expect(changelog).toContain(`${edition.blocks.length} blocks, ${edition.cards.length} cards`);
    expect(changelog).toContain(`**${errataCount} errata**`);
    expect(changelog).toContain(`**${notes} editorial notes**`);
  });
});

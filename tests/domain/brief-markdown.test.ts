import { describe, expect, it } from 'vitest';
import { groupBriefCards } from '../../src/domain/brief-groups';
import { briefToMarkdown } from '../../src/domain/brief-markdown';
import type { BriefMarkdownLabels } from '../../src/domain/brief-markdown';
import { createBrief, withBriefCard, withSheetField } from '../../src/domain/brief-model';
import type { Brief } from '../../src/domain/brief-model';
import { SHEET_FIELDS, SHEET_SECTIONS } from '../../src/domain/brief-sheet';
import { buildCard } from '../support/build-card';

const first = buildCard({ id: 'a-first', from: 'laerer', to: 'virksomhed', title: { da: 'Første', en: 'First' } });
const second = buildCard({ id: 'b-second', from: 'laerer', to: 'virksomhed', title: { da: 'Anden', en: 'Second' } });
const third = buildCard({ id: 'c-third', from: 'virksomhed', to: 'laerer', title: { da: 'Tredje', en: 'Third' } });
const cards = [first, second, third];

const labels: BriefMarkdownLabels = {
  pair: 'Lærer → Virksomhed',
  dates: 'Oprettet 9. marts 2026',
  cardsHeading: 'Kort og noter',
  noCards: 'Ingen kort.',
  marks: { relevant: 'Relevant', discuss: 'Til drøftelse', handled: 'Klaret' },
  unmarked: 'Uden markering',
  note: 'Note',
  unknownCard: 'Ukendt kort',
  sheetHeading: 'Forventningsafstemning',
  sections: Object.fromEntries(SHEET_SECTIONS.map((s) => [s.id, `Afsnit ${s.id}`])) as BriefMarkdownLabels['sections'],
  fields: Object.fromEntries(SHEET_FIELDS.map((f) => [f, `Felt ${f}`])) as BriefMarkdownLabels['fields'],
  notFilled: 'ikke udfyldt',
  footer: 'Lavet med Samarbejdskort',
};

function buildBrief(): Brief {
  let brief = createBrief({
    id: 'abc1',
    name: 'Besøg # 1',
    actor: 'laerer',
    partner: 'virksomhed',
    now: 1,
    editionVersion: '1.0.0',
  });
  brief = withBriefCard(brief, { cardId: 'c-third', mark: 'relevant', note: '' }, 2);
  brief = withBriefCard(brief, { cardId: 'b-second', mark: 'discuss', note: 'Linje et\nLinje to' }, 3);
  brief = withBriefCard(brief, { cardId: 'gone-card', mark: 'discuss', note: 'Fra en nyere udgave' }, 4);
  brief = withBriefCard(brief, { cardId: 'a-first', note: 'Bare en note' }, 5);
  brief = withSheetField(brief, 'purpose', 'Se produktionen', 6);
  return withSheetField(brief, 'ownContact', 'Mette <mette@skole.dk>', 7);
}

describe('grouping a brief’s cards', () => {
  it('reads what to discuss first, then relevant, handled, and notes without a mark; in the edition’s order', () => {
    const groups = groupBriefCards(buildBrief(), cards);
    expect(groups.map((g) => [g.mark, g.items.map((i) => i.entry.cardId)])).toEqual([
      ['discuss', ['b-second', 'gone-card']],
      ['relevant', ['c-third']],
      [undefined, ['a-first']],
    ]);
    expect(groups[0]?.items[1]?.card).toBeUndefined();
  });
});

describe('a brief as Markdown', () => {
  const markdown = briefToMarkdown(buildBrief(), cards, 'da', labels);

  it('has the name, the pair and the dates at the top', () => {
    expect(markdown.startsWith('# Besøg \\# 1\n\n**Lærer → Virksomhed**  \nOprettet 9. marts 2026\n')).toBe(true);
  });

  it('lists the cards by mark with their tip quoted and their note', () => {
    expect(markdown).toContain('### Til drøftelse\n\n#### Anden\n\n> Råd nummer');
    expect(markdown).toContain('**Note:** Linje et  \nLinje to');
    expect(markdown).toContain('#### Ukendt kort\n\n**Note:** Fra en nyere udgave');
    expect(markdown).toContain('### Uden markering\n\n#### Første');
    expect(markdown.indexOf('### Til drøftelse')).toBeLessThan(markdown.indexOf('### Relevant'));
  });

  it('has every section of the sheet, saying what is not filled in', () => {
    for (const section of SHEET_SECTIONS) expect(markdown).toContain(`### Afsnit ${section.id}`);
    expect(markdown).toContain('### Afsnit purpose\n\nSe produktionen');
    expect(markdown).toContain('- **Felt ownContact:** Mette \\<mette@skole.dk\\>');
    expect(markdown).toContain('- **Felt partnerRole:** _ikke udfyldt_');
  });

  it('says when no card is marked', () => {
    const empty = createBrief({
      id: 'x',
      name: 'Tom',
      actor: 'elev',
      partner: 'virksomhed',
      now: 1,
      editionVersion: '1',
    });
    expect(briefToMarkdown(empty, cards, 'en', labels)).toContain('## Kort og noter\n\nIngen kort.');
  });

  it('uses the chosen language for the cards', () => {
    expect(briefToMarkdown(buildBrief(), cards, 'en', labels)).toContain('#### Second\n\n> Tip number');
  });
});

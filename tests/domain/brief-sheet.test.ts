import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../src/domain/actor';
import { emptySheet, isSheetBlank, sectionSources, SHEET_FIELDS, SHEET_SECTIONS } from '../../src/domain/brief-sheet';
import { foldedWords } from '../../src/domain/search-text';
import { edition } from '../support/published-edition';
import { buildCard } from '../support/build-card';

describe('the expectation-alignment sheet', () => {
  it('asks every field exactly once, in the sections the note suggests', () => {
    const asked = SHEET_SECTIONS.flatMap((section) => section.fields);
    expect([...asked].sort()).toEqual([...SHEET_FIELDS].sort());
    expect(new Set(asked).size).toBe(asked.length);
    expect(SHEET_SECTIONS.map((s) => s.id)).toEqual([
      'purpose',
      'roles',
      'pupils',
      'timePlan',
      'outcome',
      'anchoring',
      'resources',
      'leadership',
    ]);
  });

  it('backs every section with advice from cards that exist in the edition', () => {
    for (const section of SHEET_SECTIONS) {
      const quoted = sectionSources(section, edition.cards, 'laerer', 'virksomhed');
      expect(quoted.length, section.id).toBeGreaterThan(0);
    }
  });

  it('quotes the school leader advice beside the leadership question', () => {
    const leadership = SHEET_SECTIONS.find((s) => s.id === 'leadership');
    if (!leadership) throw new Error('no leadership section');
    const [card] = sectionSources(leadership, edition.cards, 'laerer', 'virksomhed');
    expect(card?.tip.text.da).toMatch(/opbakning fra skolelederen/);
  });

  it('puts the pair’s own cards first, skips retired and missing cards and repeated advice', () => {
    const same = { printed: 'Samme råd.', text: { da: 'Samme råd.', en: 'Same tip.' }, errata: [] };
    const cards = [
      buildCard({ id: 'other-a', from: 'kommune', to: 'elev', tip: same }),
      buildCard({ id: 'other-b', from: 'elev', to: 'kommune', tip: same }),
      buildCard({ id: 'retired', from: 'laerer', to: 'virksomhed', status: 'retired' }),
      buildCard({ id: 'pair', from: 'virksomhed', to: 'laerer' }),
    ];
    const section = {
      id: 'purpose' as const,
      fields: ['purpose' as const],
      sources: ['missing', 'other-a', 'other-b', 'retired', 'pair'],
    };
    expect(sectionSources(section, cards, 'laerer', 'virksomhed', 3).map((c) => c.id)).toEqual(['pair', 'other-a']);
  });

  it('quotes advice the note prints on two actors’ cards once (“inddragelse af eleverne” / “… af elever”)', () => {
    const outcome = SHEET_SECTIONS.find((s) => s.id === 'outcome');
    if (!outcome) throw new Error('no outcome section');
    expect(sectionSources(outcome, edition.cards, 'laerer', 'virksomhed').map((c) => c.id)).toEqual([
      'laerer-elev-inddrag-eleverne',
      'elev-virksomhed-kom-med-ideer',
    ]);
    // The copy on the card of the one preparing, when it has one.
    expect(sectionSources(outcome, edition.cards, 'virksomhed', 'kommune')[0]?.id).toBe(
      'virksomhed-elev-inddrag-eleverne',
    );
    // Judged by the words themselves, for every pair and section: no two quotes nearly alike.
    const words = (text: string) => new Set(foldedWords(text));
    const alike = (a: string, b: string): boolean => {
      const [x, y] = [words(a), words(b)];
      const shared = [...x].filter((word) => y.has(word)).length;
      return shared / (x.size + y.size - shared) > 0.6;
    };
    for (const actor of ACTOR_IDS) {
      for (const partner of ACTOR_IDS.filter((p) => p !== actor)) {
        for (const section of SHEET_SECTIONS) {
          const quoted = sectionSources(section, edition.cards, actor, partner, 3);
          for (const [i, a] of quoted.entries()) {
            for (const b of quoted.slice(i + 1)) {
              expect(alike(a.tip.printed, b.tip.printed), `${actor}/${partner} ${section.id}: ${a.id} ~ ${b.id}`).toBe(
                false,
              );
            }
          }
        }
      }
    }
  });

  it('is blank until a field has more than whitespace', () => {
    expect(isSheetBlank(emptySheet())).toBe(true);
    expect(isSheetBlank({ ...emptySheet(), anchoring: '  \n' })).toBe(true);
    expect(isSheetBlank({ ...emptySheet(), anchoring: 'Årligt besøg' })).toBe(false);
  });
});

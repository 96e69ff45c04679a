import type { ActorId } from '../../src/domain/actor';
import type { Card } from '../../src/domain/card';

let counter = 0;

/** A plausible card; override what the test is about. */
export function buildCard(overrides: Partial<Card> & { from?: ActorId; to?: ActorId } = {}): Card {
  counter += 1;
  const from = overrides.from ?? 'virksomhed';
  const to = overrides.to ?? 'laerer';
  return {
    id: `${from}-${to}-kort-${counter}`,
    from,
    to,
    tip: {
      printed: `Råd nummer ${counter}.`,
      text: { da: `Råd nummer ${counter}.`, en: `Tip number ${counter}.` },
      errata: [],
    },
    title: { da: `Titel ${counter}`, en: `Title ${counter}` },
    source: { block: 'til-virksomheder', label: 'LÆRER', position: 1 },
    editorialNotes: [],
    status: 'active',
    ...overrides,
  };
}

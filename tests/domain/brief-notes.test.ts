import { describe, expect, it } from 'vitest';
import { briefNotes } from '../../src/domain/brief-groups';
import { createBrief, withBriefCard } from '../../src/domain/brief-model';
import { briefNoteDocs, editionSearchDocs, searchEntries, searchEntriesFrom } from '../../src/domain/search-docs';
import { buildSearchSegment, matchedIn, searchSegments } from '../../src/domain/search-index';
import { buildCard } from '../support/build-card';
import { buildUiEdition } from '../support/build-ui-edition';

const first = buildCard({ id: 'foerste', from: 'laerer', to: 'virksomhed' });
const second = buildCard({ id: 'anden', from: 'virksomhed', to: 'laerer' });
const edition = buildUiEdition({ cards: [first, second] });

function brief(notes: readonly [string, string][]) {
  let made = createBrief({
    id: 'b1',
    name: 'Besøg',
    actor: 'laerer',
    partner: 'virksomhed',
    now: 1,
    editionVersion: '1',
  });
  for (const [cardId, note] of notes) made = withBriefCard(made, { cardId, mark: 'relevant', note }, 2);
  return made;
}

describe('notes written in a brief', () => {
  it('are the entries with text, in the edition’s order, unknown cards last', () => {
    const written = brief([
      ['ukendt', 'Fra en nyere udgave'],
      ['anden', 'Madpakker'],
      ['foerste', '  \n'],
      ['foerste-igen', ''],
    ]);
    const notes = briefNotes({ ...written, cards: [...written.cards, { cardId: 'foerste', note: 'Ring til Jens' }] }, [
      first,
      second,
    ]);
    expect(notes.map(({ entry, card }) => [entry.cardId, card?.id])).toEqual([
      ['foerste', 'foerste'],
      ['anden', 'anden'],
      ['ukendt', undefined],
    ]);
  });

  it('are searched as documents after the edition’s, each found by its own words', () => {
    const docs = editionSearchDocs(edition);
    const briefDocs = briefNoteDocs([brief([['anden', 'Husk sikkerhedsbriller']])], edition.cards);
    const segments = [
      buildSearchSegment(searchEntries(docs, 'da')),
      buildSearchSegment(searchEntriesFrom(briefDocs, docs.length, 'da')),
    ];
    const all = [...docs, ...briefDocs];
    const outcome = searchSegments(segments, all.length, 'sikkerhedsbriller');
    expect([...outcome.hits]).toEqual([docs.length]);
    expect(all[docs.length]).toMatchObject({ kind: 'briefNote', brief: { id: 'b1', name: 'Besøg' }, card: second });
    expect(matchedIn(outcome, docs.length, 'note')).toBe(true);
  });
});

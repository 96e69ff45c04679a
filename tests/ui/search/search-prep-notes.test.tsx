import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createBrief, withBriefCard } from '../../../src/domain/brief-model';
import { createIdbBriefsStore } from '../../../src/storage/record-store';
import { SearchPage } from '../../../src/ui/search/search-page';
import { buildCard } from '../../support/build-card';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderShelf } from '../favourites/render-shelf';

const card = buildCard({
  id: 'planlaeg-sammen',
  from: 'laerer',
  to: 'virksomhed',
  title: { da: 'Planlæg sammen', en: 'Plan together' },
});
const edition = buildUiEdition({ cards: [card] });

async function storeBrief(note: string): Promise<void> {
  const brief = createBrief({
    id: 'vind1',
    name: 'Besøg hos Vindmøllefabrikken',
    actor: 'laerer',
    partner: 'virksomhed',
    now: 1,
    editionVersion: edition.version,
  });
  // As the preparation screens store it: the device's database (fake-indexeddb here).
  await createIdbBriefsStore().put(withBriefCard(brief, { cardId: card.id, note }, 2));
}

describe('search finds what was written in Forberedelse', () => {
  it('finds a brief’s note, says which brief and card, and opens the brief', async () => {
    await storeBrief('Husk sikkerhedsbriller til hele klassen');
    const { user } = renderShelf(<SearchPage />, { edition });
    await user.type(await screen.findByRole('searchbox', { name: /dine noter/i }), 'sikkerhedsbrillr');

    const [hit, ...rest] = await within(await screen.findByRole('list', { name: 'Søgeresultater' })).findAllByRole(
      'listitem',
    );
    expect(rest).toHaveLength(0);
    expect(hit).toHaveTextContent('Planlæg sammen');
    expect(hit).toHaveTextContent(/Din note i forberedelsen:.*Husk sikkerhedsbriller til hele klassen/);
    expect(within(hit!).getByText('sikkerhedsbriller', { selector: 'mark' })).toBeInTheDocument();
    await user.click(within(hit!).getByRole('link', { name: 'Besøg hos Vindmøllefabrikken' }));
    expect(window.location.pathname).toBe('/forberedelse/vind1');
  });

  it('says so in English', async () => {
    await storeBrief('Packed lunch for everyone');
    const { user } = renderShelf(<SearchPage />, { edition, lang: 'en' });
    await user.type(await screen.findByRole('searchbox', { name: /your notes/i }), 'lunch');
    const hit = await within(await screen.findByRole('list', { name: 'Search results' })).findByRole('listitem');
    expect(hit).toHaveTextContent(/Your note in the preparation:.*Packed lunch for everyone/);
    expect(hit).toHaveTextContent('Plan together');
  });
});

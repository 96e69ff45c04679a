import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createBrief, withBriefCard } from '../../../src/domain/brief-model';
import type { Brief } from '../../../src/domain/brief-model';
import { createIdbBriefsStore } from '../../../src/storage/record-store';
import { NotesPage } from '../../../src/ui/notes/notes-page';
import { axeViolations } from '../../support/axe-violations';
import { buildCard } from '../../support/build-card';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderWithProviders } from '../../support/render-with-providers';

const company = buildCard({
  id: 'aftal-forventninger',
  from: 'laerer',
  to: 'virksomhed',
  title: { da: 'Aftal forventninger', en: 'Agree on expectations' },
});
const visit = buildCard({
  id: 'planlaeg-besoeget',
  from: 'virksomhed',
  to: 'laerer',
  title: { da: 'Planlæg besøget', en: 'Plan the visit' },
});
const edition = buildUiEdition({ cards: [company, visit] });

function brief(id: string, name: string, notes: Record<string, string>, now = 1): Brief {
  let made = createBrief({ id, name, actor: 'laerer', partner: 'virksomhed', now, editionVersion: edition.version });
  for (const [cardId, note] of Object.entries(notes)) made = withBriefCard(made, { cardId, note }, now);
  return made;
}

describe('notes written in Forberedelse, in Mine noter', () => {
  it('lists each brief’s notes under the brief, with its cards, and opens the brief', async () => {
    // Stored as the preparation screens store them: the device's database (fake-indexeddb here).
    const briefs = createIdbBriefsStore();
    await briefs.put(
      brief('vind1', 'Besøg hos Vindmøllefabrikken', {
        'planlaeg-besoeget': 'Hvem tager imod os i porten?',
        'aftal-forventninger': 'Spørg om sikkerhedsbriller',
      }),
    );
    // Marked only, nothing written: not a note.
    await briefs.put(
      withBriefCard(brief('tom1', 'Kun markeringer', {}), { cardId: company.id, mark: 'relevant', note: '' }, 2),
    );
    const { user } = renderWithProviders(<NotesPage />, { edition });

    const section = await screen.findByRole('region', { name: 'Noter fra dine forberedelser' });
    expect(within(section).queryByRole('heading', { name: 'Kun markeringer' })).not.toBeInTheDocument();
    const ofBrief = within(section).getByRole('region', { name: 'Besøg hos Vindmøllefabrikken' });
    // In the edition's order, each under its card's title.
    const notes = within(ofBrief).getAllByRole('listitem');
    expect(notes).toHaveLength(2);
    expect(within(notes[0]!).getByRole('heading', { name: 'Aftal forventninger' })).toBeInTheDocument();
    expect(notes[0]).toHaveTextContent('Spørg om sikkerhedsbriller');
    expect(within(notes[1]!).getByRole('heading', { name: 'Planlæg besøget' })).toBeInTheDocument();
    expect(notes[1]).toHaveTextContent('Hvem tager imod os i porten?');
    // Read here, written there: no field to type in, one way back to where it was written.
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
    await user.click(within(ofBrief).getByRole('link', { name: 'Åbn forberedelsen: Besøg hos Vindmøllefabrikken' }));
    expect(window.location.pathname).toBe('/forberedelse/vind1');
  });

  it('does not say there are no notes when the only notes are in a brief', async () => {
    await createIdbBriefsStore().put(brief('vind1', 'Besøg', { 'planlaeg-besoeget': 'Madpakker?' }));
    renderWithProviders(<NotesPage />, { edition });
    await screen.findByRole('region', { name: 'Noter fra dine forberedelser' });
    expect(screen.queryByText(/ingen noter endnu/i)).not.toBeInTheDocument();
    expect(screen.getByText(/ingen noter på kortene endnu/i)).toBeInTheDocument();
  });

  it('reads in English', async () => {
    await createIdbBriefsStore().put(brief('vind1', 'Wind farm visit', { 'planlaeg-besoeget': 'Packed lunch?' }));
    renderWithProviders(<NotesPage />, { edition, lang: 'en' });
    const section = await screen.findByRole('region', { name: 'Notes from your visit preparations' });
    expect(within(section).getByRole('link', { name: 'Open the preparation: Wind farm visit' })).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: 'Plan the visit' })).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import { edition } from '../../support/published-edition';
import { renderPaper, visitBriefs } from './render-paper';

function title(id: string): string {
  const found = edition.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id} in the edition`);
  return found.title.da;
}

describe('the card’s own note in the preparation', () => {
  it('shows the note written on the card beside the brief’s note, and opens the card at it', async () => {
    const briefs = visitBriefs();
    const notes = createMemoryNotesStore([
      {
        cardId: 'laerer-virksomhed-vis-engagement',
        text: 'Mette fra HR vil gerne komme ud til klassen først',
        updatedAt: 5,
        editionVersion: edition.version,
      },
    ]);
    const app = renderPaper('/forberedelse/abc1', { briefs, notes });
    const engagement = title('laerer-virksomhed-vis-engagement');
    const withNote = await screen.findByRole('article', { name: engagement });
    const cardNote = await within(withNote).findByRole('note', { name: 'Din note på kortet' });
    expect(cardNote).toHaveTextContent('Mette fra HR vil gerne komme ud til klassen først');
    // Beside, not instead: the brief's own note field is still there and empty.
    expect(within(withNote).getByRole('textbox', { name: `Note: ${engagement}` })).toHaveValue('');
    // A card without a note of its own shows nothing extra.
    const plan = screen.getByRole('article', { name: title('laerer-virksomhed-planlaeg-sammen') });
    expect(within(plan).queryByRole('note')).not.toBeInTheDocument();

    await app.user.click(within(cardNote).getByRole('link', { name: `Åbn kortet: ${engagement}` }));
    expect(window.location.pathname).toBe('/kort/laerer/virksomhed/laerer-virksomhed-vis-engagement');
    expect(window.location.search).toBe('?note');
  });
});

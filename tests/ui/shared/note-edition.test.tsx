import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import type { Note } from '../../../src/storage/notes-store';
import { NoteField } from '../../../src/ui/shared/note-field';
import { NotesPage } from '../../../src/ui/notes/notes-page';
import { axeViolations } from '../../support/axe-violations';
import { buildCard } from '../../support/build-card';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderWithProviders } from '../../support/render-with-providers';

// Edition 1.1.0 reworded this card's tip; the note was written against 1.0.0's wording.
const card = buildCard({
  id: 'aftal-forventninger',
  from: 'virksomhed',
  to: 'laerer',
  title: { da: 'Aftal forventninger', en: 'Agree on expectations' },
  tip: {
    printed: 'Aftal forventninger tidligt.',
    text: { da: 'Aftal forventninger tidligt.', en: 'Agree on expectations early.' },
    errata: [],
  },
});
const edition = buildUiEdition({ version: '1.1.0', cards: [card] });
const OLD_TEXT = { da: 'Aftal forventningerne.', en: 'Agree on the expectations.' };

function note(overrides: Partial<Note> = {}): Note {
  return {
    cardId: card.id,
    text: 'Ring til Mette',
    updatedAt: 1,
    editionVersion: '1.0.0',
    cardText: OLD_TEXT,
    ...overrides,
  };
}

const field = () => screen.getByRole('textbox', { name: /din note/i });

describe('a note on a card that a later edition changed', () => {
  it('says the card has changed, with the old text one tap away', async () => {
    const { user } = renderWithProviders(<NoteField cardId={card.id} />, {
      store: createMemoryNotesStore([note()]),
      edition,
    });
    expect(await screen.findByText('Kortet er ændret siden din note')).toBeInTheDocument();
    const summary = screen.getByText('Se kortets tekst, da du skrev noten');
    const old = screen.getByText(OLD_TEXT.da);
    expect(old).not.toBeVisible();
    await user.click(summary);
    expect(old).toBeVisible();
    expect(field()).toHaveValue('Ring til Mette');
  });

  it('says nothing when the card reads as it did', async () => {
    renderWithProviders(<NoteField cardId={card.id} />, {
      store: createMemoryNotesStore([note({ cardText: card.tip.text })]),
      edition,
    });
    await waitFor(() => expect(field()).toHaveValue('Ring til Mette'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/kortet er ændret/i)).not.toBeInTheDocument();
  });

  it('compares in the reader’s language', async () => {
    renderWithProviders(<NoteField cardId={card.id} />, {
      store: createMemoryNotesStore([note()]),
      edition,
      lang: 'en',
    });
    expect(await screen.findByText('The card has changed since your note')).toBeInTheDocument();
    expect(screen.getByText(OLD_TEXT.en)).toBeInTheDocument();
  });

  it('says gracefully that it is not known for a note from before texts were recorded', async () => {
    const old = note();
    delete (old as { cardText?: unknown }).cardText;
    renderWithProviders(<NoteField cardId={card.id} />, { store: createMemoryNotesStore([old]), edition });
    expect(
      await screen.findByText(/skrevet til udgave 1\.0\.0 af kortene\. om kortets tekst er ændret siden, vides ikke/i),
    ).toBeInTheDocument();
  });

  it('records the edition and the card’s text with every save, so the notice goes once the note is rewritten', async () => {
    const store = createMemoryNotesStore([note()]);
    const { user } = renderWithProviders(<NoteField cardId={card.id} />, { store, edition, saveDelayMs: 10 });
    await screen.findByText('Kortet er ændret siden din note');
    await user.type(field(), ', og spørg om CSR');
    await waitFor(async () =>
      expect(await store.get(card.id)).toMatchObject({
        text: 'Ring til Mette, og spørg om CSR',
        editionVersion: '1.1.0',
        cardText: card.tip.text,
      }),
    );
    await waitFor(() => expect(screen.queryByText('Kortet er ændret siden din note')).not.toBeInTheDocument());
  });

  it('shows the same notice on the notes page, and the note stays listed and exportable', async () => {
    renderWithProviders(<NotesPage />, { store: createMemoryNotesStore([note()]), edition });
    const item = (await screen.findAllByRole('listitem'))[0]!;
    expect(await within(item).findByText('Kortet er ændret siden din note')).toBeInTheDocument();
    expect(within(item).getByText('Ring til Mette')).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    renderWithProviders(<NoteField cardId={card.id} />, { store: createMemoryNotesStore([note()]), edition });
    await screen.findByText('Kortet er ændret siden din note');
    expect(await axeViolations()).toEqual([]);
  });
});

import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH } from '../../../src/domain/bounds';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import { NoteField } from '../../../src/ui/shared/note-field';
import { renderWithProviders } from '../../support/render-with-providers';

const CARD = 'virksomhed-laerer-aftal-forventninger';

describe('NoteField limit (issue 14)', () => {
  it('keeps a note within the limit the import accepts, and says so', async () => {
    renderWithProviders(<NoteField cardId={CARD} />, { store: createMemoryNotesStore() });
    await act(async () => {});
    const field = screen.getByRole('textbox', { name: /din note/i });
    expect(screen.queryByText(/største længde/)).toBeNull();
    // A paste one character too long, ending in an emoji: cut before the emoji, never inside it.
    fireEvent.change(field, { target: { value: `${'a'.repeat(MAX_NOTE_LENGTH - 1)}😀` } });
    expect((field as HTMLTextAreaElement).value).toBe('a'.repeat(MAX_NOTE_LENGTH - 1));
    fireEvent.change(field, { target: { value: 'a'.repeat(MAX_NOTE_LENGTH + 5) } });
    expect((field as HTMLTextAreaElement).value).toHaveLength(MAX_NOTE_LENGTH);
    expect(screen.getByText(/største længde: 100\.000 tegn/)).toBeInTheDocument();
  });
});

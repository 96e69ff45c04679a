import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdbNotesStore, openNotesStore } from '../../../src/storage/notes-store';
import type { IdbNotesStore } from '../../../src/storage/notes-store';
import { NoteField } from '../../../src/ui/shared/note-field';
import { renderWithProviders } from '../../support/render-with-providers';

const CARD = 'virksomhed-laerer-aftal-forventninger';
const NEVER = 60 * 60 * 1000;

// Each "tab" has its own store (connection and channel) on the one database, as two tabs have.
const opened: IdbNotesStore[] = [];
function store(): IdbNotesStore {
  const created = createIdbNotesStore();
  opened.push(created);
  return created;
}
afterEach(async () => {
  // Unmount first and let the last flushes land, so none reaches the next test's database.
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 30));
  for (const created of opened.splice(0)) created.close();
});

function openTab(saveDelayMs: number) {
  const notes = store();
  const rendered = renderWithProviders(<NoteField cardId={CARD} />, { store: notes, saveDelayMs });
  const tab = within(rendered.container);
  return { ...rendered, store: notes, tab, field: () => tab.getByRole('textbox', { name: /din note/i }) };
}

describe('a note open in two tabs', () => {
  it('shows the other tab’s text at once while nothing is being typed here', async () => {
    const first = openTab(10);
    const second = openTab(10);
    await waitFor(() => expect(second.field()).toHaveValue(''));

    await first.user.type(first.field(), 'Skrevet i fane 1');
    await waitFor(() => expect(second.field()).toHaveValue('Skrevet i fane 1'));
    expect(second.tab.queryByRole('alert')).not.toBeInTheDocument();

    // And back: the second tab's later text reaches the first.
    await second.user.type(second.field(), ' og rettet i fane 2');
    await waitFor(() => expect(first.field()).toHaveValue('Skrevet i fane 1 og rettet i fane 2'));
    expect((await first.store.get(CARD))?.text).toBe('Skrevet i fane 1 og rettet i fane 2');
  });

  it('never writes over the other tab’s newer text while typing here: it shows both and keeps both', async () => {
    const first = openTab(10);
    const second = openTab(NEVER);
    await waitFor(() => expect(second.field()).toHaveValue(''));

    await second.user.type(second.field(), 'Fane 2 skriver');
    await first.user.type(first.field(), 'Fane 1 gemte');

    const conflict = await second.tab.findByRole('alert');
    expect(conflict).toHaveTextContent(/ændret i en anden fane/i);
    // The first tab saved as it typed: the panel follows it to its last text.
    expect(await second.tab.findByText('Fane 1 gemte')).toBeInTheDocument();
    await waitFor(() => expect(first.tab.getByRole('status')).toHaveTextContent('Gemt'));
    expect(second.field()).toHaveValue('Fane 2 skriver');
    // Nothing was overwritten: the store still has the first tab's text.
    expect((await first.store.get(CARD))?.text).toBe('Fane 1 gemte');

    await second.user.click(second.tab.getByRole('button', { name: /behold begge/i }));
    await waitFor(async () => expect((await first.store.get(CARD))?.text).toBe('Fane 2 skriver\n\nFane 1 gemte'));
    expect(second.field()).toHaveValue('Fane 2 skriver\n\nFane 1 gemte');
    expect(second.tab.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(first.field()).toHaveValue('Fane 2 skriver\n\nFane 1 gemte'));
  });

  it('keeps this tab’s text when the user says so, and writes it over the other', async () => {
    const first = openTab(10);
    const second = openTab(NEVER);
    await waitFor(() => expect(second.field()).toHaveValue(''));
    await second.user.type(second.field(), 'Min tekst');
    await first.user.type(first.field(), 'Den anden');
    await waitFor(() => expect(first.tab.getByRole('status')).toHaveTextContent('Gemt'));
    await second.user.click(await second.tab.findByRole('button', { name: /behold min tekst/i }));
    await waitFor(async () => expect((await first.store.get(CARD))?.text).toBe('Min tekst'));
    await waitFor(() => expect(first.field()).toHaveValue('Min tekst'));
  });

  it('takes the other tab’s text when the user says so', async () => {
    const first = openTab(10);
    const second = openTab(NEVER);
    await waitFor(() => expect(second.field()).toHaveValue(''));
    await second.user.type(second.field(), 'Kladde');
    await first.user.type(first.field(), 'Den gode tekst');
    await waitFor(() => expect(first.tab.getByRole('status')).toHaveTextContent('Gemt'));
    await second.user.click(await second.tab.findByRole('button', { name: /brug den anden fanes tekst/i }));
    expect(second.field()).toHaveValue('Den gode tekst');
    await waitFor(() => expect(second.tab.getByRole('status')).toHaveTextContent('Gemt'));
    expect((await first.store.get(CARD))?.text).toBe('Den gode tekst');
  });

  it('brings the note back with what was typed here when the other tab deleted it meanwhile (nothing to lose there)', async () => {
    const first = openTab(10);
    await first.user.type(first.field(), 'Gammel');
    await waitFor(async () => expect((await first.store.get(CARD))?.text).toBe('Gammel'));
    const second = openTab(NEVER);
    await waitFor(() => expect(second.field()).toHaveValue('Gammel'));
    await second.user.type(second.field(), ' og mere');
    await first.user.clear(first.field());
    // A deleted note has nothing to overwrite: the text typed here is written as it is.
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(async () => expect((await first.store.get(CARD))?.text).toBe('Gammel og mere'));
  });

  it('keeps both texts when the tab is closed in the middle of a conflict', async () => {
    const first = openTab(10);
    const second = openTab(NEVER);
    await waitFor(() => expect(second.field()).toHaveValue(''));
    await second.user.type(second.field(), 'Ikke afgjort');
    await first.user.type(first.field(), 'Fra fane 1');
    await waitFor(() => expect(first.tab.getByRole('status')).toHaveTextContent('Gemt'));
    await second.tab.findByRole('alert');

    // The user closes the tab without choosing: the held text goes to the stash.
    window.dispatchEvent(new Event('pagehide'));
    second.unmount();
    second.store.close();
    first.unmount();

    const reopened = openNotesStore();
    expect((await reopened.store.get(CARD))?.text).toBe('Ikke afgjort\n\nFra fane 1');
  });
});

describe('the conflict panel', () => {
  it('is announced and offers three ways out', async () => {
    const first = openTab(10);
    const second = openTab(NEVER);
    await waitFor(() => expect(second.field()).toHaveValue(''));
    await second.user.type(second.field(), 'x');
    await first.user.type(first.field(), 'y');
    expect(await second.tab.findByRole('alert')).toHaveTextContent(
      'Noten er ændret i en anden fane, mens du skrev her.',
    );
    const region = second.tab.getByRole('region', { name: /ændret i en anden fane/i });
    expect(
      within(region)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Behold begge', 'Behold min tekst', 'Brug den anden fanes tekst']);
    expect(screen.getAllByRole('textbox', { name: /din note/i })).toHaveLength(2);
  });

  it('speaks English', async () => {
    const notes = store();
    const other = store();
    const rendered = renderWithProviders(<NoteField cardId={CARD} />, { store: notes, saveDelayMs: NEVER, lang: 'en' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: /your note/i })).toHaveValue(''));
    await rendered.user.type(screen.getByRole('textbox', { name: /your note/i }), 'mine');
    await other.put({ cardId: CARD, text: 'theirs', updatedAt: Date.now(), editionVersion: '1.2.3' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed in another tab/i);
    expect(screen.getByRole('button', { name: 'Keep both' })).toBeInTheDocument();
  });
});

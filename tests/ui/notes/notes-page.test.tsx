import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryNotesStore } from '../../../src/storage/memory-notes-store';
import type { Note } from '../../../src/storage/notes-store';
import { NotesPage } from '../../../src/ui/notes/notes-page';
import { axeViolations } from '../../support/axe-violations';
import { buildCard } from '../../support/build-card';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderWithProviders } from '../../support/render-with-providers';

const company = buildCard({ id: 'aftal-forventninger', from: 'virksomhed', to: 'laerer', title: { da: 'Aftal forventninger', en: 'Agree on expectations' } });
const teacher = buildCard({ id: 'inddrag-eleverne', from: 'laerer', to: 'elev', title: { da: 'Inddrag eleverne', en: 'Involve the pupils' } });
const retired = buildCard({ id: 'gammelt-kort', from: 'kommune', to: 'elev', status: 'retired', title: { da: 'Gammelt kort', en: 'Old card' } });
const edition = buildUiEdition({ cards: [company, teacher, retired] });

function note(cardId: string, text: string, updatedAt: number): Note {
  return { cardId, text, updatedAt, editionVersion: edition.version };
}

const restoreNavigator = Object.getOwnPropertyDescriptor(navigator, 'storage');
afterEach(() => {
  if (restoreNavigator) Object.defineProperty(navigator, 'storage', restoreNavigator);
  else delete (navigator as { storage?: unknown }).storage;
});

const items = () => within(screen.getByRole('list', { name: /noter/i })).getAllByRole('listitem');

describe('NotesPage', () => {
  it('lists every note, newest first, with its card, pair, text and date', async () => {
    const store = createMemoryNotesStore([
      note('aftal-forventninger', 'Spørg om CSR-strategien', Date.UTC(2026, 0, 5, 9, 30)),
      note('inddrag-eleverne', 'Lad eleverne vælge emne', Date.UTC(2026, 0, 6, 14, 0)),
    ]);
    renderWithProviders(<NotesPage />, { store, edition });

    expect(screen.getByRole('heading', { level: 1, name: 'Mine noter' })).toBeInTheDocument();
    await waitFor(() => expect(items()).toHaveLength(2));
    const [newest, oldest] = items();
    expect(within(newest!).getByRole('heading', { name: 'Inddrag eleverne' })).toBeInTheDocument();
    expect(newest).toHaveTextContent('Lærer');
    expect(newest).toHaveTextContent('▲');
    expect(newest).toHaveTextContent('Elev');
    expect(newest).toHaveTextContent('Lad eleverne vælge emne');
    expect(within(oldest!).getByRole('heading', { name: 'Aftal forventninger' })).toBeInTheDocument();
    expect(oldest).toHaveTextContent('Virksomhed');
    expect(oldest).toHaveTextContent('Spørg om CSR-strategien');
    expect(within(oldest!).getByText((_, element) => element?.tagName === 'TIME')).toHaveAttribute('datetime', '2026-01-05T09:30:00.000Z');
    expect(screen.getByText('2 noter')).toBeInTheDocument();
  });

  it('links each note to its card in its deck', async () => {
    const store = createMemoryNotesStore([note('aftal-forventninger', 'Husk', 1)]);
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    const link = await screen.findByRole('link', { name: /åbn kortet: aftal forventninger/i });
    expect(link).toHaveAttribute('href', '/kort/virksomhed/laerer/aftal-forventninger');
    await user.click(link);
    expect(window.location.pathname).toBe('/kort/virksomhed/laerer/aftal-forventninger');
  });

  it('still lists a note whose card is not in this edition', async () => {
    const store = createMemoryNotesStore([note('fjernet-kort', 'Min tanke om et fjernet kort', 1)]);
    renderWithProviders(<NotesPage />, { store, edition });
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]).toHaveTextContent(/kort ikke i denne udgave/i);
    expect(items()[0]).toHaveTextContent('Min tanke om et fjernet kort');
    expect(screen.queryByRole('link', { name: /åbn kortet/i })).not.toBeInTheDocument();
  });

  it('shows a retired card’s note without a link into a deck that no longer deals it', async () => {
    const store = createMemoryNotesStore([note('gammelt-kort', 'Stadig min', 1)]);
    renderWithProviders(<NotesPage />, { store, edition });
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]).toHaveTextContent('Gammelt kort');
    expect(items()[0]).toHaveTextContent(/ikke længere med i bunken/i);
    expect(screen.queryByRole('link', { name: /åbn kortet/i })).not.toBeInTheDocument();
  });

  it('shows what the user wrote as text, never as markup', async () => {
    const text = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const store = createMemoryNotesStore([note('aftal-forventninger', text, 1)]);
    const { container } = renderWithProviders(<NotesPage />, { store, edition });
    await waitFor(() => expect(items()[0]).toHaveTextContent(text));
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('says so when there are no notes', async () => {
    renderWithProviders(<NotesPage />, { edition });
    expect(await screen.findByText(/ingen noter endnu/i)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /noter/i })).not.toBeInTheDocument();
  });

  it('follows changes to the notes while it is open', async () => {
    const store = createMemoryNotesStore();
    renderWithProviders(<NotesPage />, { store, edition });
    await screen.findByText(/ingen noter endnu/i);
    await act(() => store.put(note('inddrag-eleverne', 'Ny note', 1)));
    await waitFor(() => expect(items()).toHaveLength(1));
  });

  it('explains that notes stay on this device and whether the browser keeps them', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persisted: async () => true, persist: async () => true } });
    renderWithProviders(<NotesPage />, { edition });
    expect(screen.getByText(/noterne gemmes kun på denne enhed/i)).toBeInTheDocument();
    expect(await screen.findByText(/har lovet at beholde noterne/i)).toBeInTheDocument();
  });

  it('says the browser may delete notes when storage is not persistent', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persisted: async () => false, persist: async () => false } });
    renderWithProviders(<NotesPage />, { edition });
    expect(await screen.findByText(/kan slette noterne/i)).toBeInTheDocument();
  });

  it('warns visibly that notes are lost when the tab closes if only memory is available', async () => {
    renderWithProviders(<NotesPage />, { edition, storageKind: 'memory' });
    expect(screen.getByText(/forsvinder, når fanen lukkes/i)).toBeVisible();
  });

  it('speaks English', async () => {
    const store = createMemoryNotesStore([note('aftal-forventninger', 'Ask', 1)]);
    renderWithProviders(<NotesPage />, { store, edition, lang: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'My notes' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /open the card: agree on expectations/i })).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    const store = createMemoryNotesStore([note('aftal-forventninger', 'Husk', 1), note('fjernet-kort', 'Væk', 2)]);
    renderWithProviders(<NotesPage />, { store, edition });
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(await axeViolations()).toEqual([]);
  });
});

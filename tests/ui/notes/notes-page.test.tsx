import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbNotesStore, createMemoryNotesStore } from '../../../src/storage/notes-store';
import type { Note } from '../../../src/storage/notes-store';
import { NotesPage } from '../../../src/ui/notes/notes-page';
import { axeViolations } from '../../support/axe-violations';
import { buildCard } from '../../support/build-card';
import { buildUiEdition } from '../../support/build-ui-edition';
import { renderWithProviders } from '../../support/render-with-providers';
import { captureDownloads } from './capture-downloads';

const company = buildCard({
  id: 'aftal-forventninger',
  from: 'virksomhed',
  to: 'laerer',
  title: { da: 'Aftal forventninger', en: 'Agree on expectations' },
});
const teacher = buildCard({
  id: 'inddrag-eleverne',
  from: 'laerer',
  to: 'elev',
  title: { da: 'Inddrag eleverne', en: 'Involve the pupils' },
});
const retired = buildCard({
  id: 'gammelt-kort',
  from: 'kommune',
  to: 'elev',
  status: 'retired',
  title: { da: 'Gammelt kort', en: 'Old card' },
});
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
  it('says so when the notes cannot be read, never that there are none, and reads again on "Prøv igen"', async () => {
    const store = createMemoryNotesStore([note('aftal-forventninger', 'Spørg om CSR-strategien', 1)]);
    const list = store.list;
    // The first reads fail, as a broken disk or a closed connection would.
    let failing = true;
    store.list = (limit) => (failing ? Promise.reject(new DOMException('read failed', 'UnknownError')) : list(limit));
    const { user } = renderWithProviders(<NotesPage />, { store, edition });

    expect(await screen.findByRole('alert')).toHaveTextContent(/noter kunne ikke læses/i);
    expect(screen.queryByText(/ingen noter endnu/i)).not.toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

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
    expect(within(oldest!).getByText((_, element) => element?.tagName === 'TIME')).toHaveAttribute(
      'datetime',
      '2026-01-05T09:30:00.000Z',
    );
    expect(screen.getByText('2 noter')).toBeInTheDocument();
  });

  it('reads the newest screenful first and the rest after it, then counts them all', async () => {
    const many = createMemoryNotesStore(
      Array.from({ length: 30 }, (_, i) => note(i % 2 ? 'aftal-forventninger' : `kort-${i}`, `Note ${i}`, 1000 + i)),
    );
    const asked: (number | undefined)[] = [];
    const store = { ...many, list: (limit?: number) => (asked.push(limit), many.list(limit)) };
    renderWithProviders(<NotesPage />, { store, edition });
    expect(await screen.findByText('Note 29')).toBeInTheDocument();
    expect(await screen.findByText('16 noter')).toBeInTheDocument();
    expect(asked).toEqual([6, undefined]);
  });

  it('links each note to its card in its deck', async () => {
    const store = createMemoryNotesStore([note('aftal-forventninger', 'Husk', 1)]);
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    const link = await screen.findByRole('link', { name: /åbn kortet: aftal forventninger/i });
    expect(link).toHaveAttribute('href', '/kort/virksomhed/laerer/aftal-forventninger?note');
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
    expect(items()[0]).toHaveTextContent(/ikke længere med i kortspillet/i);
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
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => true, persist: async () => true },
    });
    renderWithProviders(<NotesPage />, { edition });
    expect(screen.getByText(/noterne gemmes kun på denne enhed/i)).toBeInTheDocument();
    expect(await screen.findByText(/har lovet at beholde noterne/i)).toBeInTheDocument();
  });

  it('says the browser may delete notes when storage is not persistent', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => false, persist: async () => false },
    });
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

  it('undo keeps a note written on the card meanwhile, before the one brought back', async () => {
    const store = createMemoryNotesStore([note('aftal-forventninger', 'Slettet', 1)]);
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    await user.click(await screen.findByRole('button', { name: 'Slet noten: Aftal forventninger' }));
    await screen.findByText('Noten er slettet.');
    await act(() => store.put(note('aftal-forventninger', 'Ny fra en anden fane', 5)));
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    await waitFor(async () =>
      expect((await store.get('aftal-forventninger'))?.text).toBe('Ny fra en anden fane\n\nSlettet'),
    );
  });

  it('deletes a note, and brings it back on undo', async () => {
    const store = createMemoryNotesStore([
      note('aftal-forventninger', 'Spørg om CSR', 1),
      note('inddrag-eleverne', 'Bliver', 2),
    ]);
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    await user.click(await screen.findByRole('button', { name: 'Slet noten: Aftal forventninger' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(await store.get('aftal-forventninger')).toBeUndefined();
    expect(screen.getByText('Noten er slettet.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Fortryd' });
    await waitFor(() => expect(undo).toHaveFocus());

    await user.click(undo);
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(await store.get('aftal-forventninger')).toMatchObject({ text: 'Spørg om CSR', updatedAt: 1 });
    expect(screen.getByText('Noten er tilbage.')).toBeInTheDocument();
  });

  it('asks before deleting all notes, offers a backup first, and can undo', async () => {
    const downloads = captureDownloads();
    const store = createMemoryNotesStore([note('aftal-forventninger', 'En', 1), note('inddrag-eleverne', 'To', 2)]);
    const { user } = renderWithProviders(<NotesPage />, { store, edition, storageKind: 'memory' });
    await user.click(await screen.findByRole('button', { name: 'Slet alle noter' }));
    const question = screen.getByRole('group', { name: 'Slette alle 2 noter? De findes kun på denne enhed.' });
    await waitFor(() => expect(within(question).getByText(/slette alle 2 noter/i)).toHaveFocus());
    expect(within(question).getByText(/gem en sikkerhedskopi først/i)).toBeInTheDocument();

    await user.click(within(question).getByRole('button', { name: 'Gem sikkerhedskopi først' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(await downloads[0]!.text()).notes).toHaveLength(2);
    expect(await store.list()).toHaveLength(2);

    await user.click(within(question).getByRole('button', { name: 'Ja, slet alle noter' }));
    expect(await screen.findByText(/ingen noter endnu/i)).toBeInTheDocument();
    expect(await store.list()).toEqual([]);
    expect(screen.getByText('Alle noter er slettet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(screen.getByText('Noterne er tilbage.')).toBeInTheDocument();
  });

  it('deletes nothing when the question is cancelled', async () => {
    const store = createMemoryNotesStore([note('aftal-forventninger', 'En', 1)]);
    const { user } = renderWithProviders(<NotesPage />, { store, edition });
    await user.click(await screen.findByRole('button', { name: 'Slet alle noter' }));
    await user.click(screen.getByRole('button', { name: 'Annullér' }));
    expect(await store.list()).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Slet alle noter' })).toHaveFocus());
  });

  it('deletes all notes at once in IndexedDB, and other tabs hear of it', async () => {
    const store = createIdbNotesStore();
    const otherTab = createIdbNotesStore();
    try {
      await store.put(note('aftal-forventninger', 'En', 1));
      await store.put(note('inddrag-eleverne', 'To', 2));
      const heard = vi.fn();
      await otherTab.list();
      otherTab.subscribe(heard);
      const { user } = renderWithProviders(<NotesPage />, { store, edition });
      await user.click(await screen.findByRole('button', { name: 'Slet alle noter' }));
      await user.click(screen.getByRole('button', { name: 'Ja, slet alle noter' }));
      expect(await screen.findByText(/ingen noter endnu/i)).toBeInTheDocument();
      expect(await otherTab.list()).toEqual([]);
      await waitFor(() => expect(heard).toHaveBeenCalled());
    } finally {
      store.close();
      otherTab.close();
    }
  });
});

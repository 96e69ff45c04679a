import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbNotesStore, createMemoryNotesStore, openNotesStore } from '../../../src/storage/notes-store';
import { NoteConflictError } from '../../../src/storage/notes-store';
import type { IdbNotesStore, NotesStore } from '../../../src/storage/notes-store';
import { NoteField } from '../../../src/ui/shared/note-field';
import { axeViolations } from '../../support/axe-violations';
import { renderWithProviders } from '../../support/render-with-providers';

const CARD = 'virksomhed-laerer-aftal-forventninger';
const NEVER = 60 * 60 * 1000;

const opened: IdbNotesStore[] = [];
function idbStore(): IdbNotesStore {
  const store = createIdbNotesStore();
  opened.push(store);
  return store;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  for (const store of opened.splice(0)) store.close();
});

const field = () => screen.getByRole('textbox', { name: /din note/i });

/** The debounce on a fake clock, so the test holds however busy the machine is. */
function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // Testing Library drains with setTimeout(0) and advances fake timers only when it sees `jest`.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
}

describe('NoteField', () => {
  it('saves what the user types 300 ms after the last keystroke, not before', async () => {
    useFakeClock();
    const store = createMemoryNotesStore();
    const { user } = renderWithProviders(<NoteField cardId={CARD} />, { store, advanceTimers: vi.advanceTimersByTime });
    await act(async () => {});
    expect(field()).toHaveValue('');

    await user.type(field(), 'Spørg om CSR-strategien');
    expect(screen.getByRole('status')).toHaveTextContent('Gemmer …');
    await act(async () => {
      vi.advanceTimersByTime(299);
    });
    expect(await store.get(CARD)).toBeUndefined();

    await act(async () => {
      vi.advanceTimersByTime(1);
    });
    expect(await store.get(CARD)).toMatchObject({ text: 'Spørg om CSR-strategien', editionVersion: '1.2.3' });
    expect(screen.getByRole('status')).toHaveTextContent('Gemt');
  });

  it('has the note in IndexedDB 300 ms after the last keystroke', async () => {
    useFakeClock();
    const store = idbStore();
    const { user } = renderWithProviders(<NoteField cardId={CARD} />, { store, advanceTimers: vi.advanceTimersByTime });
    await user.type(field(), 'Hurtigt gemt');
    await act(async () => {
      vi.advanceTimersByTime(299);
    });
    expect(await store.get(CARD)).toBeUndefined();
    await act(async () => {
      vi.advanceTimersByTime(1);
    });
    // The write is under way: a read queues behind it (IndexedDB runs on its own tasks, not the fake clock).
    expect((await store.get(CARD))?.text).toBe('Hurtigt gemt');
  });

  it('restores the note after a reload', async () => {
    const { user, remount } = renderWithProviders(<NoteField cardId={CARD} />, { store: idbStore() });
    await user.type(field(), 'Ring til Mette på tirsdag');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Gemt'));

    // A new page: new providers and a new connection to the same database.
    remount({ store: idbStore() });
    await waitFor(() => expect(field()).toHaveValue('Ring til Mette på tirsdag'));
  });

  it('writes an unsaved draft at once when the page is hidden or left', async () => {
    const store = idbStore();
    const { user } = renderWithProviders(<NoteField cardId={CARD} />, { store, saveDelayMs: NEVER });
    await user.type(field(), 'Nået at skrive');
    expect(await store.get(CARD)).toBeUndefined();

    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await store.get(CARD))?.text).toBe('Nået at skrive'));
  });

  it('writes an unsaved draft when the tab is hidden', async () => {
    const store = idbStore();
    const { user } = renderWithProviders(<NoteField cardId={CARD} />, { store, saveDelayMs: NEVER });
    await user.type(field(), 'Skjult fane');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(async () => expect((await store.get(CARD))?.text).toBe('Skjult fane'));
    visibility.mockRestore();
  });

  it('writes the draft when the field goes away before the save delay', async () => {
    const store = createMemoryNotesStore();
    const { user, rerender } = renderWithProviders(<NoteField cardId={CARD} />, { store, saveDelayMs: NEVER });
    await user.type(field(), 'Kort skiftet');
    // Only the field goes (the card is turned back); the app and its providers stay.
    rerender(<p>Forsiden</p>);
    await waitFor(async () => expect((await store.get(CARD))?.text).toBe('Kort skiftet'));
  });

  it('writes the old card’s draft and shows the new card’s note when the card changes', async () => {
    const store = createMemoryNotesStore([
      { cardId: 'andet-kort', text: 'Det andet korts note', updatedAt: 1, editionVersion: '1.2.3' },
    ]);
    const { user, rerender } = renderWithProviders(<NoteField cardId={CARD} />, { store, saveDelayMs: NEVER });
    await user.type(field(), 'Første kort');
    rerender(<NoteField cardId="andet-kort" />);
    await waitFor(() => expect(field()).toHaveValue('Det andet korts note'));
    expect((await store.get(CARD))?.text).toBe('Første kort');
  });

  it('shows markup as text, in the field and where another tab’s note is shown', async () => {
    // In a textarea markup is always text; the conflict panel shows the other tab's note as page content.
    const text = '<img src=x onerror=alert(1)>';
    const memory = createMemoryNotesStore([{ cardId: CARD, text, updatedAt: 1, editionVersion: '1.2.3' }]);
    const theirs = { cardId: CARD, text: `${text} <b>fed</b>`, updatedAt: 2, editionVersion: '1.2.3' };
    const otherTabWrote: NotesStore = { ...memory, put: () => Promise.reject(new NoteConflictError(theirs)) };
    const { user, container } = renderWithProviders(<NoteField cardId={CARD} />, {
      store: otherTabWrote,
      saveDelayMs: 10,
    });
    await waitFor(() => expect(field()).toHaveValue(text));
    await user.type(field(), '!');
    expect(await screen.findByText(theirs.text)).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('never overwrites what the user typed while the saved note was loading', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const memory = createMemoryNotesStore([
      { cardId: CARD, text: 'Gemt tidligere', updatedAt: 1, editionVersion: '1.2.3' },
    ]);
    const slow: NotesStore = { ...memory, get: async (cardId) => (await gate, memory.get(cardId)) };
    const { user } = renderWithProviders(<NoteField cardId={CARD} />, { store: slow, saveDelayMs: NEVER });

    await user.type(field(), 'Skrevet imens');
    await act(async () => release());
    // Both texts survive: the saved note first, then what was typed.
    await waitFor(() => expect(field()).toHaveValue('Gemt tidligere\n\nSkrevet imens'));
  });

  it('keeps the text and says so when the device is out of space', async () => {
    const memory = createMemoryNotesStore();
    const full: NotesStore = {
      ...memory,
      put: async () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
    };
    const { user } = renderWithProviders(<NoteField cardId={CARD} />, { store: full, saveDelayMs: 10 });
    await user.type(field(), 'Vigtig tanke');
    expect(await screen.findByRole('alert')).toHaveTextContent(/ikke er mere plads/i);
    expect(field()).toHaveValue('Vigtig tanke');
    expect(field()).toHaveAttribute('aria-invalid', 'true');
  });

  it('deletes the note when the text is cleared', async () => {
    const store = createMemoryNotesStore([
      { cardId: CARD, text: 'Væk med den', updatedAt: 1, editionVersion: '1.2.3' },
    ]);
    const { user } = renderWithProviders(<NoteField cardId={CARD} />, { store, saveDelayMs: 10 });
    await waitFor(() => expect(field()).toHaveValue('Væk med den'));
    await user.clear(field());
    await waitFor(async () => expect(await store.list()).toEqual([]));
  });

  it('says the note stays on this device, or that it will be lost when storage is memory only', async () => {
    const { unmount } = renderWithProviders(<NoteField cardId={CARD} />);
    expect(field()).toHaveAccessibleDescription(/kun på denne enhed/i);
    unmount();
    renderWithProviders(<NoteField cardId={CARD} />, { storageKind: 'memory' });
    expect(field()).toHaveAccessibleDescription(/forsvinder, når fanen lukkes/i);
  });

  it('speaks English', async () => {
    renderWithProviders(<NoteField cardId={CARD} />, { lang: 'en' });
    expect(screen.getByRole('textbox', { name: /your note/i })).toHaveAccessibleDescription(/this device only/i);
  });

  it('has no accessibility violations', async () => {
    renderWithProviders(<NoteField cardId={CARD} />);
    await waitFor(() => expect(field()).toHaveValue(''));
    expect(await axeViolations()).toEqual([]);
  });
});

describe('NoteField when the page is torn down', () => {
  it('keeps a note typed just before the page closed, even if its write never lands', async () => {
    // A browser closing the tab aborts IndexedDB writes still in flight: here they never finish.
    const real = idbStore();
    const dying: NotesStore = { ...real, stash: real.stash, put: () => new Promise<void>(() => {}) };
    const { user, unmount } = renderWithProviders(<NoteField cardId={CARD} />, { store: dying, saveDelayMs: NEVER });
    await user.type(field(), 'Skrevet i sidste øjeblik');
    window.dispatchEvent(new Event('pagehide'));
    unmount();

    const reopened = openNotesStore();
    expect((await reopened.store.get(CARD))?.text).toBe('Skrevet i sidste øjeblik');
  });
});

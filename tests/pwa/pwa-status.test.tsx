import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/domain/actor';
import { createTestI18n } from '../support/create-test-i18n';
import { PwaStatus } from '../../src/pwa/pwa-status';
import { createMemoryNotesStore } from '../../src/storage/notes-store';
import type { NotesStore } from '../../src/storage/notes-store';
import { NoteField } from '../../src/ui/shared/note-field';
import { useFlushNotes, useHasUnsavedNotes } from '../../src/ui/shared/notes-context';
import { axeViolations } from '../support/axe-violations';
import { swStub } from '../support/pwa-register-stub';
import { renderWithProviders } from '../support/render-with-providers';

afterEach(() => {
  swStub.reset();
});

interface StatusOptions {
  readonly beforeUpdate?: () => Promise<void>;
  readonly hasUnsaved?: () => boolean;
  readonly lang?: Lang;
  readonly unattended?: boolean;
}

function renderStatus({
  beforeUpdate = async () => {},
  hasUnsaved = () => false,
  lang = 'da',
  unattended = false,
}: StatusOptions = {}) {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createTestI18n(lang)}>
      <PwaStatus beforeUpdate={beforeUpdate} hasUnsaved={hasUnsaved} unattended={unattended} />
    </I18nextProvider>,
  );
  return { user };
}

const updateNow = () => screen.getByRole('button', { name: 'Opdater nu' });

describe('PwaStatus', () => {
  it('shows nothing while there is nothing to say', () => {
    renderStatus();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says when the app is ready to work offline, until dismissed', async () => {
    const { user } = renderStatus();
    act(() => swStub.setOfflineReady(true));
    expect(screen.getByRole('status')).toHaveTextContent(/klar til offline/i);
    await user.click(screen.getByRole('button', { name: /luk beskeden/i }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('offers the new version now or later', async () => {
    const { user } = renderStatus();
    act(() => swStub.setNeedRefresh(true));
    expect(screen.getByRole('status')).toHaveTextContent(/der er en ny version/i);
    expect(updateNow()).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Senere' }));
    expect(screen.queryByRole('button', { name: 'Opdater nu' })).not.toBeInTheDocument();
    expect(swStub.updateCalls).toEqual([]);
  });

  it('unattended (the projector), takes a new version at once and shows nothing', async () => {
    const beforeUpdate = vi.fn(async () => {});
    renderStatus({ beforeUpdate, unattended: true });
    act(() => swStub.setOfflineReady(true));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(swStub.updateCalls).toEqual([]);
    act(() => swStub.setNeedRefresh(true));
    await waitFor(() => expect(swStub.updateCalls).toEqual([true]));
    expect(beforeUpdate).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('unattended, a failed update is not tried again and again', async () => {
    swStub.failNextUpdate();
    renderStatus({ unattended: true });
    act(() => swStub.setNeedRefresh(true));
    await waitFor(() => expect(swStub.updateCalls).toEqual([true]));
    // Renders after the failure (each would run the effect again) change nothing.
    await act(async () => {});
    await act(async () => {});
    expect(swStub.updateCalls).toEqual([true]);
  });

  it('updates only after beforeUpdate has finished', async () => {
    let finish!: () => void;
    const beforeUpdate = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { user } = renderStatus({ beforeUpdate });
    act(() => swStub.setNeedRefresh(true));
    await user.click(updateNow());
    expect(beforeUpdate).toHaveBeenCalledTimes(1);
    expect(swStub.updateCalls).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(/opdaterer/i);
    await act(async () => finish());
    expect(swStub.updateCalls).toEqual([true]);
  });

  it('does not reload while a note is unsaved, and says the note must be saved first', async () => {
    const { user } = renderStatus({ hasUnsaved: () => true });
    act(() => swStub.setNeedRefresh(true));
    await user.click(updateNow());
    expect(await screen.findByRole('alert')).toHaveTextContent(/en note er ikke gemt endnu/i);
    expect(swStub.updateCalls).toEqual([]);
  });

  it('says so when the update fails', async () => {
    swStub.failNextUpdate();
    const { user } = renderStatus();
    act(() => swStub.setNeedRefresh(true));
    await user.click(updateNow());
    expect(await screen.findByRole('alert')).toHaveTextContent(/opdateringen lykkedes ikke/i);
  });

  it('speaks English', async () => {
    renderStatus({ lang: 'en' });
    act(() => {
      swStub.setOfflineReady(true);
    });
    expect(screen.getByRole('status')).toHaveTextContent(/ready to work offline/i);
    act(() => swStub.setNeedRefresh(true));
    expect(screen.getByRole('button', { name: 'Update now' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Later' })).toBeInTheDocument();
  });

  it('has no accessibility violations with the prompt showing', async () => {
    renderStatus();
    act(() => swStub.setNeedRefresh(true));
    expect(await axeViolations()).toEqual([]);
  });
});

/** Wired as the composition root does: the notes flush runs before the reload. */
function WiredStatus() {
  const flush = useFlushNotes();
  const hasUnsaved = useHasUnsavedNotes();
  return <PwaStatus beforeUpdate={flush} hasUnsaved={hasUnsaved} />;
}

describe('PwaStatus with the notes', () => {
  const NEVER = 60 * 60 * 1000;

  it('writes a note typed a moment ago before updating', async () => {
    const store = createMemoryNotesStore();
    const ui = (
      <>
        <WiredStatus />
        <NoteField cardId="aftal-forventninger" />
      </>
    );
    const { user } = renderWithProviders(ui, { store, saveDelayMs: NEVER });
    await user.type(screen.getByRole('textbox', { name: /din note/i }), 'Lige skrevet');
    act(() => swStub.setNeedRefresh(true));
    await user.click(updateNow());
    await waitFor(() => expect(swStub.updateCalls).toEqual([true]));
    expect((await store.get('aftal-forventninger'))?.text).toBe('Lige skrevet');
  });

  it('keeps the page when the note cannot be written', async () => {
    const memory = createMemoryNotesStore();
    const full: NotesStore = {
      ...memory,
      put: async () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    const ui = (
      <>
        <WiredStatus />
        <NoteField cardId="aftal-forventninger" />
      </>
    );
    const { user } = renderWithProviders(ui, { store: full, saveDelayMs: NEVER });
    await user.type(screen.getByRole('textbox', { name: /din note/i }), 'Vigtigt');
    act(() => swStub.setNeedRefresh(true));
    await user.click(updateNow());
    await waitFor(() => expect(screen.getByText(/en note er ikke gemt endnu/i)).toBeInTheDocument());
    expect(swStub.updateCalls).toEqual([]);
    expect(screen.getByRole('textbox', { name: /din note/i })).toHaveValue('Vigtigt');
  });
});

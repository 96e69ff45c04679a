import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as NotesPageModule from '../../../src/ui/notes/notes-page';
import { selectDeck } from '../../../src/domain/select-deck';
import { reloadApp } from '../../../src/ui/shared/reload-app';
import { renderApp } from '../../support/render-app';

// The notes page's chunk is gone (a deploy replaced it) while `gone` is set: reading its export
// fails as the browser's import() does.
const control = vi.hoisted(() => ({ gone: false }));
vi.mock('../../../src/ui/notes/notes-page', async (importOriginal) => {
  const real = await importOriginal<typeof NotesPageModule>();
  return {
    get NotesPage() {
      if (control.gone) throw new TypeError('Failed to fetch dynamically imported module');
      return real.NotesPage;
    },
  };
});
vi.mock('../../../src/ui/shared/reload-app', () => ({ reloadApp: vi.fn() }));

describe('a screen whose code will not load', () => {
  it(
    'offers a reload that first saves the typed note, and "Prøv igen" that loads it afresh',
    { timeout: 30_000 },
    async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { store, edition } = await renderApp('/kort/laerer/virksomhed');
      const [first] = selectDeck(edition.cards, 'laerer', 'virksomhed');
      // Storage is slow: the note's write is still under way when the user asks for a reload.
      let writeDone = (): void => {};
      const slow = new Promise<void>((resolve) => (writeDone = resolve));
      const put = store.put.bind(store);
      vi.spyOn(store, 'put').mockImplementation(async (note) => {
        await slow;
        await put(note);
      });
      const user = userEvent.setup();

      await user.click(screen.getByRole('button', { name: /^vend kortet/i }));
      await user.type(screen.getByRole('textbox', { name: /din note/i }), 'Spørg om CSR-strategien');
      control.gone = true;
      const notesLink = within(screen.getByRole('navigation', { name: 'Hovedmenu' })).getByRole('link', {
        name: 'Mine noter',
      });
      // In an async act, as the browser would: a screen that suspends on its import() renders when it settles.
      await act(() => user.click(notesLink));
      expect(await screen.findByRole('button', { name: 'Prøv igen' }, { timeout: 10_000 })).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Genindlæs appen' }));
      await act(async () => {});
      expect(reloadApp).not.toHaveBeenCalled();
      writeDone();
      await vi.waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(1));
      expect(await store.get(first?.id ?? '')).toMatchObject({ text: 'Spørg om CSR-strategien' });

      // Back online, or the new version's chunk is there: "Prøv igen" loads it afresh.
      control.gone = false;
      await act(() => user.click(screen.getByRole('button', { name: 'Prøv igen' })));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Mine noter' }, { timeout: 10_000 }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Genindlæs appen' })).not.toBeInTheDocument();
    },
  );
});

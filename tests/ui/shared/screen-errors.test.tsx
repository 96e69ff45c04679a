import { screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';

// Each screen's module, wrapped: its component throws while `throwIn` names it.
const { control, wrap } = vi.hoisted(() => {
  const control = { throwIn: '' };
  const wrap = async (real: Record<string, unknown>, name: string) => {
    const { createElement } = await import('react');
    const Real = real[name] as ComponentType<object>;
    function Screen(props: object) {
      if (control.throwIn === name) throw new Error(`${name} broke`);
      return createElement(Real, props);
    }
    return { ...real, [name]: Screen };
  };
  return { control, wrap };
});

vi.mock('../../../src/ui/start/start-page', async (real) => wrap(await real(), 'StartPage'));
vi.mock('../../../src/ui/deck/deck-page', async (real) => wrap(await real(), 'DeckPage'));
vi.mock('../../../src/ui/actors/actor-page', async (real) => wrap(await real(), 'ActorPage'));
vi.mock('../../../src/ui/notes/notes-page', async (real) => wrap(await real(), 'NotesPage'));
vi.mock('../../../src/ui/about/about-page', async (real) => wrap(await real(), 'AboutPage'));
vi.mock('../../../src/ui/facilitator/facilitator-screen', async (real) => wrap(await real(), 'FacilitatorScreen'));
vi.mock('../../../src/app/shelf-screen', async (real) => wrap(await real(), 'ShelfScreen'));
vi.mock('../../../src/app/paper-screen', async (real) => wrap(await real(), 'PaperScreen'));
vi.mock('../../../src/ui/shell/not-found-page', async (real) => wrap(await real(), 'NotFoundPage'));
vi.mock('../../../src/ui/live/live-screen', async (real) => wrap(await real(), 'LiveScreen'));

describe('an error inside a screen', () => {
  afterEach(() => {
    control.throwIn = '';
  });

  it.each([
    ['/', 'StartPage'],
    ['/kort/laerer/virksomhed', 'DeckPage'],
    ['/aktoer/laerer', 'ActorPage'],
    ['/noter', 'NotesPage'],
    ['/om', 'AboutPage'],
    ['/styr/laerer/virksomhed', 'FacilitatorScreen'],
    ['/skaerm', 'FacilitatorScreen'],
    ['/soeg', 'ShelfScreen'],
    ['/udskriv', 'PaperScreen'],
    ['/findes-ikke', 'NotFoundPage'],
    ['/live', 'LiveScreen'],
    ['/live/skaerm', 'LiveScreen'],
  ])(
    'at %s shows a message with "Prøv igen" and "Genindlæs appen", and "Prøv igen" renders it again',
    { timeout: 30_000 },
    async (path, name) => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      control.throwIn = name;
      const { user } = await renderApp(path);
      // The first visit to a screen imports (and transforms) its code: that may take a while here.
      expect(
        await screen.findByRole('heading', { name: 'Det her kunne ikke vises' }, { timeout: 10_000 }),
      ).toBeInTheDocument();
      expect(screen.getByText(/Prøv igen, eller genindlæs appen/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Genindlæs appen' })).toBeInTheDocument();

      control.throwIn = '';
      await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
      expect(screen.queryByRole('heading', { name: 'Det her kunne ikke vises' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Genindlæs appen' })).not.toBeInTheDocument();
    },
  );
});

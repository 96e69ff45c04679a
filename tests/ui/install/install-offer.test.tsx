import { act, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/domain/actor';
import type { NotesStore } from '../../../src/storage/notes-store';
import { InstallMenuItem } from '../../../src/ui/install/install-menu-item';
import { InstallPanel, SafariStorageNote } from '../../../src/ui/install/install-offer';
import { InstallOfferContext } from '../../../src/ui/install/install-offer-context';
import { createInstallOfferStore } from '../../../src/ui/install/install-offer-store';
import type { InstallOfferStore } from '../../../src/ui/install/install-offer-store';
import { navigate } from '../../../src/ui/routing/use-route';
import { axeViolations } from '../../support/axe-violations';
import { renderWithProviders } from '../../support/render-with-providers';
import {
  CHROMEBOOK,
  FIREFOX,
  fakeInstallEnv,
  fakeInstallPrompt,
  IPAD_HOME_SCREEN,
  IPAD_SAFARI,
} from './fake-install-env';
import type { FakeDevice } from './fake-install-env';

const stores: InstallOfferStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
});

/** The header item, the panel at the top and the notes-page note, as the app places them, on a given device. */
function renderOffer(
  device: FakeDevice,
  options: { readonly lang?: Lang; readonly store?: NotesStore; readonly notesPage?: boolean } = {},
) {
  const env = fakeInstallEnv(device);
  const offer = createInstallOfferStore(env);
  stores.push(offer);
  const Shell = ({ children }: { readonly children?: ReactNode }) => (
    <InstallOfferContext.Provider value={offer}>
      <header>
        <InstallMenuItem />
      </header>
      <InstallPanel />
      {children}
    </InstallOfferContext.Provider>
  );
  const utils = renderWithProviders(<Shell>{options.notesPage && <SafariStorageNote />}</Shell>, {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.store ? { store: options.store } : {}),
  });
  return { env, offer, ...utils };
}

async function writeNote(store: NotesStore): Promise<void> {
  await act(() =>
    store.put({
      cardId: 'laerer-virksomhed-kontakt',
      text: 'Ring til Lise',
      updatedAt: Date.now(),
      editionVersion: '1.0.0',
    }),
  );
}

describe('installing on Chromebook, Android and Windows (beforeinstallprompt)', () => {
  it("has the menu item from the first paint, and it opens the browser's install dialog", async () => {
    const { env, user } = renderOffer(CHROMEBOOK);
    const item = screen.getByRole('button', { name: 'Installér appen' });
    const event = fakeInstallPrompt('accepted');
    act(() => {
      env.window.dispatchEvent(event);
    });
    await user.click(item);
    await waitFor(() => expect(event.prompt).toHaveBeenCalledTimes(1));
  });

  it("shows how to install from the browser's menu when the browser holds its event back", async () => {
    const { user } = renderOffer(CHROMEBOOK);
    const item = screen.getByRole('button', { name: 'Installér appen' });
    await user.click(item);
    const guide = await screen.findByRole('region', { name: 'Installér appen fra browserens menu' });
    expect(guide).toHaveTextContent(/Chrome: tryk på ⋮/);
    expect(guide).toHaveTextContent(/Edge:/);
    expect(screen.getByRole('heading', { name: 'Installér appen fra browserens menu' })).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Luk' }));
    expect(item).toHaveFocus();
  });

  it('has no menu item in a browser that cannot install web apps', () => {
    renderOffer(FIREFOX);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('suggests installing only after real use, never on first load', async () => {
    const { env, store } = renderOffer(CHROMEBOOK);
    act(() => {
      env.window.dispatchEvent(fakeInstallPrompt());
    });
    // Give the panel every chance to appear on a first look: it must not.
    await screen.findByRole('button', { name: 'Installér appen' });
    expect(screen.queryByRole('region', { name: 'Installér Samarbejdskort' })).not.toBeInTheDocument();
    await writeNote(store);
    const panel = await screen.findByRole('region', { name: 'Installér Samarbejdskort' });
    expect(panel).toHaveTextContent(/virker uden net/);
  });

  it('is dismissed with "Ikke nu" and stays dismissed after a reload; the menu item stays', async () => {
    const { env, store, user, remount } = renderOffer(CHROMEBOOK);
    act(() => {
      env.window.dispatchEvent(fakeInstallPrompt());
    });
    await writeNote(store);
    await user.click(await screen.findByRole('button', { name: 'Ikke nu' }));
    expect(screen.queryByRole('region', { name: 'Installér Samarbejdskort' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Installér appen' })).toHaveFocus();

    remount();
    await screen.findByRole('button', { name: 'Installér appen' });
    await writeNote(store);
    expect(screen.queryByRole('region', { name: 'Installér Samarbejdskort' })).not.toBeInTheDocument();
  });

  it('remembers a "no" in the browser\'s own dialog like "Ikke nu"', async () => {
    const { env, store, user, remount } = renderOffer(CHROMEBOOK);
    act(() => {
      env.window.dispatchEvent(fakeInstallPrompt('dismissed'));
    });
    await writeNote(store);
    await user.click(await screen.findByRole('button', { name: 'Installér' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Installér Samarbejdskort' })).not.toBeInTheDocument(),
    );
    remount();
    act(() => {
      env.window.dispatchEvent(fakeInstallPrompt());
    });
    await screen.findByRole('button', { name: 'Installér appen' });
    expect(screen.queryByRole('region', { name: 'Installér Samarbejdskort' })).not.toBeInTheDocument();
  });

  it('waits with the suggestion while a card is open', async () => {
    const { env, store } = renderOffer(CHROMEBOOK);
    act(() => {
      env.window.dispatchEvent(fakeInstallPrompt());
      navigate('/kort/laerer/virksomhed');
    });
    await writeNote(store);
    await screen.findByRole('button', { name: 'Installér appen' });
    expect(screen.queryByRole('region', { name: 'Installér Samarbejdskort' })).not.toBeInTheDocument();
    act(() => navigate('/'));
    expect(await screen.findByRole('region', { name: 'Installér Samarbejdskort' })).toBeInTheDocument();
  });

  it('offers nothing in an installed app', async () => {
    const { env, store } = renderOffer({ ...CHROMEBOOK, displayStandalone: true });
    act(() => {
      env.window.dispatchEvent(fakeInstallPrompt());
    });
    await writeNote(store);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

describe('the iPad (Safari has no install prompt)', () => {
  it('explains "Del → Føj til hjemmeskærm" from the menu item, and Luk returns focus', async () => {
    const { user } = renderOffer(IPAD_SAFARI);
    const item = screen.getByRole('button', { name: 'Føj til hjemmeskærm' });
    await user.click(item);
    const guide = await screen.findByRole('region', { name: 'Læg appen på hjemmeskærmen' });
    expect(screen.getByRole('heading', { name: 'Læg appen på hjemmeskærmen' })).toHaveFocus();
    expect(guide).toHaveTextContent(/Del-knappen/);
    expect(guide).toHaveTextContent(/„Føj til hjemmeskærm“/);
    expect(guide).toHaveTextContent(/7 dage/);
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Luk' }));
    expect(screen.queryByRole('region', { name: 'Læg appen på hjemmeskærmen' })).not.toBeInTheDocument();
    expect(item).toHaveFocus();
  });

  it('shows the guide by itself after the first note, and a closed guide stays closed', async () => {
    const { store, user, remount } = renderOffer(IPAD_SAFARI);
    await screen.findByRole('button', { name: 'Føj til hjemmeskærm' });
    expect(screen.queryByRole('region', { name: 'Læg appen på hjemmeskærmen' })).not.toBeInTheDocument();
    await writeNote(store);
    const guide = await screen.findByRole('region', { name: 'Læg appen på hjemmeskærmen' });
    // A suggestion never takes focus from what the user is doing.
    expect(guide).not.toContainElement(document.activeElement as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Luk' }));
    remount();
    await screen.findByRole('button', { name: 'Føj til hjemmeskærm' });
    await writeNote(store);
    expect(screen.queryByRole('region', { name: 'Læg appen på hjemmeskærmen' })).not.toBeInTheDocument();
  });

  it("explains Safari's 7-day rule on the notes page and shows the guide from there", async () => {
    const { user } = renderOffer(IPAD_SAFARI, { notesPage: true });
    const note = await screen.findByRole('region', { name: 'Safari og dine noter' });
    expect(note).toHaveTextContent(/sletter alt.*7 dage/);
    expect(note).toHaveTextContent(/sikkerhedskopi/);
    const opener = screen.getByRole('button', { name: 'Sådan lægger du appen på hjemmeskærmen' });
    await user.click(opener);
    expect(screen.getByRole('region', { name: 'Læg appen på hjemmeskærmen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Luk' }));
    expect(opener).toHaveFocus();
  });

  it('tells a Home Screen user the 7-day rule does not apply, and offers nothing to install', async () => {
    renderOffer(IPAD_HOME_SCREEN, { notesPage: true });
    expect(await screen.findByRole('region', { name: 'Safari og dine noter' })).toHaveTextContent(
      /fra hjemmeskærmen.*sletter ikke/,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says nothing about Safari in other browsers', async () => {
    renderOffer(FIREFOX, { notesPage: true });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('region', { name: 'Safari og dine noter' })).not.toBeInTheDocument();
  });

  it('speaks English too', async () => {
    const { user } = renderOffer(IPAD_SAFARI, { lang: 'en', notesPage: true });
    await user.click(screen.getByRole('button', { name: 'Add to Home Screen' }));
    expect(await screen.findByRole('region', { name: 'Put the app on your Home Screen' })).toHaveTextContent(
      /“Add to Home Screen”/,
    );
    expect(screen.getByRole('region', { name: 'Safari and your notes' })).toHaveTextContent(/7 days/);
  });
});

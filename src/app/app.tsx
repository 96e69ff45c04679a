import type { i18n } from 'i18next';
import { lazy, Suspense, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { NotesStore } from '../storage/notes-store';
import type { NotesDbEvent } from '../storage/open-notes-db';
import type { StorageKind } from '../storage/open-notes-store';
import { EditionContext } from '../ui/edition-context';
import type { EditionSource } from '../ui/edition-context';
import { InstallMenuItem } from '../ui/install/install-menu-item';
import { NotesProvider, useFlushNotes, useHasUnsavedNotes } from '../ui/notes/notes-context';
import { useRoute } from '../ui/routing/use-route';
import type { Route } from '../ui/routing/route';
import { AppShell } from '../ui/shell/app-shell';
import { WhenSettled } from '../ui/shell/when-settled';
import { StartPage } from '../ui/start/start-page';
import { lazyWithPreload } from '../ui/shell/lazy-with-preload';

// The start page and the deck are the first screen: they ship in the entry chunk. The rest loads
// on demand (precached, so offline too) to keep the first load small on a cheap tablet.
// The deck is a chunk of its own: the start page does not pay for it. A deep link to a deck
// preloads it before the first render (main.tsx), so it still paints at once.
export const deckScreen = lazyWithPreload(() => import('../ui/deck/deck-page').then((m) => m.DeckPage));
const DeckPage = deckScreen.Component;
// Drawn once out of sight while the start page is idle (its own comment says why); same chunk.
const DeckWarmUp = lazy(() => import('../ui/deck/deck-page').then((m) => ({ default: m.DeckWarmUp })));
// Rare screens and notices load when they are needed.
const NotFoundPage = lazy(() => import('../ui/shell/not-found-page').then((m) => ({ default: m.NotFoundPage })));
const NotesDbNotice = lazy(() => import('../ui/notes/notes-db-notice').then((m) => ({ default: m.NotesDbNotice })));
const AboutPage = lazy(() => import('../ui/about/about-page').then((m) => ({ default: m.AboutPage })));
const ActorPage = lazy(() => import('../ui/actors/actor-page').then((m) => ({ default: m.ActorPage })));
// The service worker's prompt is not needed for the first paint either.
const PwaStatus = lazy(() => import('../pwa/pwa-status').then((m) => ({ default: m.PwaStatus })));
const NotesPage = lazy(() => import('../ui/notes/notes-page').then((m) => ({ default: m.NotesPage })));
// The 30-day backup reminder: looked for a few seconds after start, never on the first load's path.
const BackupReminder = lazy(() => new Promise((wait) => setTimeout(wait, 3000)).then(() => import('../ui/backup/backup-reminder')).then((m) => ({ default: m.BackupReminder })));
// Search, "Mine kort" and own decks: one entry that loads each screen (and its strings) on demand.
const ShelfScreen = lazy(() => import('../ui/favourites/shelf-screen').then((m) => ({ default: m.ShelfScreen })));
// Facilitator mode (controller and projector) loads, with its strings, only when opened.
const FacilitatorScreen = lazy(() => import('../ui/facilitator/facilitator-screen').then((m) => ({ default: m.FacilitatorScreen })));
// Printing and visit preparation (with their strings, QR codes and link codec): one entry, loaded when opened.
const PaperScreen = lazy(() => import('../ui/print/paper-screen').then((m) => ({ default: m.PaperScreen })));
// Installing: the menu item is on the first screen (it must not push the page down later); the
// suggestion, the guides and Safari's 7-day rule load after the first paint.
const installOffer = () => import('../ui/install/install-offer');
const InstallPanel = lazy(() => installOffer().then((m) => ({ default: m.InstallPanel })));
const SafariStorageNote = lazy(() => installOffer().then((m) => ({ default: m.SafariStorageNote })));

interface AppProps {
  /** The edition's core at once, its cards when they arrive (main.tsx). */
  readonly edition: EditionSource;
  readonly i18n: i18n;
  readonly notesStore: NotesStore;
  readonly storageKind: StorageKind | 'opening';
  /** Another tab upgraded or blocked the notes database, or the browser closed it. */
  readonly dbEvent?: NotesDbEvent | undefined;
  /** Once the first screen is committed (hydrated): a prerendered screen hydrates apart from the shell. */
  readonly onShown?: (() => void) | undefined;
}

/** Inside the screen's Suspense boundary: its effect runs once the screen itself is committed. */
function Shown({ onShown }: { readonly onShown: (() => void) | undefined }) {
  useEffect(() => onShown?.(), [onShown]);
  return null;
}

function Screen({ route }: { readonly route: Route }) {
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'deck':
      return <DeckPage key={`${route.from}/${route.to}`} from={route.from} to={route.to} cardId={route.cardId} />;
    case 'actor':
      return <ActorPage actorId={route.id} />;
    case 'notes':
      return (
        <>
          <NotesPage />
          <Suspense fallback={null}>
            <SafariStorageNote />
          </Suspense>
        </>
      );
    case 'about':
      return <AboutPage />;
    case 'controller':
    case 'projector':
      return <FacilitatorScreen route={route} />;
    case 'search':
    case 'favourites':
    case 'ownDecks':
      return <ShelfScreen route={route} />;
    case 'print':
    case 'prep':
    case 'sharedBrief':
      return <PaperScreen route={route} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** The update prompt may reload the page: it must flush notes first and never drop one. */
function UpdatePrompt() {
  const flush = useFlushNotes();
  const hasUnsaved = useHasUnsavedNotes();
  return (
    <Suspense fallback={null}>
      <PwaStatus beforeUpdate={flush} hasUnsaved={hasUnsaved} />
    </Suspense>
  );
}

/** Reloading for a newer version in another tab: flush first, so the reload loses nothing. */
function DbNotice({ event }: { readonly event: NotesDbEvent | undefined }) {
  const flush = useFlushNotes();
  if (!event) return null;
  return (
    <Suspense fallback={null}>
      <NotesDbNotice event={event} onReload={() => void flush().finally(() => window.location.reload())} />
    </Suspense>
  );
}

function Routed({ dbEvent, onShown }: Pick<AppProps, 'dbEvent' | 'onShown'>) {
  const [route] = useRoute();
  // The projector fills the room's screen: no header, no status messages.
  if (route.name === 'projector') {
    return (
      <Suspense fallback={null}>
        <Screen route={route} />
        <Shown onShown={onShown} />
      </Suspense>
    );
  }
  return (
    <>
      <AppShell
        route={route}
        status={
          <>
            <DbNotice event={dbEvent} />
            {/* The service worker, the reminder and the install offer wait until the first screen has painted. */}
            <WhenSettled>
              <UpdatePrompt />
              <Suspense fallback={null}>
                <BackupReminder />
              </Suspense>
              <Suspense fallback={null}>
                <InstallPanel />
              </Suspense>
            </WhenSettled>
          </>
        }
        menuItems={<InstallMenuItem />}
      >
        <Suspense fallback={null}>
          <Screen route={route} />
          <Shown onShown={onShown} />
        </Suspense>
      </AppShell>
      {/* Where a deck is opened from: the first opening is cheaper once the deck has been rehearsed. */}
      {route.name === 'start' && (
        <WhenSettled>
          <Suspense fallback={null}>
            <DeckWarmUp />
          </Suspense>
        </WhenSettled>
      )}
    </>
  );
}

/** Composition root: content, strings and storage meet the UI here and nowhere else. */
export function App({ edition, i18n, notesStore, storageKind, dbEvent, onShown }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <EditionContext.Provider value={edition}>
        <NotesProvider store={notesStore} editionVersion={edition.core.version} storageKind={storageKind}>
          <Routed dbEvent={dbEvent} onShown={onShown} />
        </NotesProvider>
      </EditionContext.Provider>
    </I18nextProvider>
  );
}

import type { i18n } from 'i18next';
import { Suspense, useEffect } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { NotesStore, StorageKind } from '../storage/notes-store';
import type { LocalDbEvent } from '../storage/local-db';
import { EditionContext } from '../ui/shared/edition-context';
import type { EditionSource } from '../ui/shared/edition-context';
import { InstallMenuItem } from '../ui/install/install-menu-item';
import { NotesProvider, useFlushNotes, useHasUnsavedNotes } from '../ui/shared/notes-context';
import { useRoute } from '../ui/routing/use-route';
import { formatRoute } from '../ui/routing/route';
import type { Route } from '../ui/routing/route';
import { AppShell } from '../ui/shell/app-shell';
import { WhenSettled } from '../ui/shared/when-settled';
import { ErrorBoundary } from '../ui/shared/error-boundary';
import { lazyLoad } from '../ui/shared/lazy-load';
import { reloadApp } from '../ui/shared/reload-app';
import { StartPage } from '../ui/start/start-page';

// The start page is the first screen: it is imported statically and ships in the entry chunk.
// Everything else is an import() below: a chunk of its own, loaded on demand (precached, so offline
// too). A deep link to a deck preloads the deck before the first render (main.tsx).
export const deckScreen = lazyLoad(() => import('../ui/deck/deck-page').then((m) => m.DeckPage));
const DeckPage = deckScreen.Component;
const NotFoundPage = lazyLoad(() => import('../ui/shell/not-found-page').then((m) => m.NotFoundPage)).Component;
const NotesDbNotice = lazyLoad(() => import('../ui/notes/notes-db-notice').then((m) => m.NotesDbNotice)).Component;
const AboutPage = lazyLoad(() => import('../ui/about/about-page').then((m) => m.AboutPage)).Component;
const ActorPage = lazyLoad(() => import('../ui/actors/actor-page').then((m) => m.ActorPage)).Component;
const PwaStatus = lazyLoad(() => import('../pwa/pwa-status').then((m) => m.PwaStatus)).Component;
const NotesPage = lazyLoad(() => import('../ui/notes/notes-page').then((m) => m.NotesPage)).Component;
// The 30-day backup reminder: looked for a few seconds after start, never on the first load's path.
const BackupReminder = lazyLoad(() =>
  new Promise((wait) => setTimeout(wait, 3000))
    .then(() => import('../ui/notes/backup-reminder'))
    .then((m) => m.BackupReminder),
).Component;
// Search, "Mine kort" and own decks: one entry that loads each screen (and its strings) on demand.
const ShelfScreen = lazyLoad(() => import('./shelf-screen').then((m) => m.ShelfScreen)).Component;
// Facilitator mode (controller and projector) loads, with its strings, only when opened.
const FacilitatorScreen = lazyLoad(() =>
  import('../ui/facilitator/facilitator-screen').then((m) => m.FacilitatorScreen),
).Component;
// A live room across devices: its screens, strings and (a chunk further) Yjs load only when opened.
const LiveScreen = lazyLoad(() => import('../ui/live/live-screen').then((m) => m.LiveScreen)).Component;
// Printing and visit preparation (with their strings, QR codes and link codec): one entry.
const PaperScreen = lazyLoad(() => import('./paper-screen').then((m) => m.PaperScreen)).Component;
// Installing: the menu item is on the first screen (it must not push the page down later); the
// suggestion, the guides and Safari's 7-day rule load after the first paint.
const InstallPanel = lazyLoad(() => import('../ui/install/install-offer').then((m) => m.InstallPanel)).Component;
const SafariStorageNote = lazyLoad(() =>
  import('../ui/install/install-offer').then((m) => m.SafariStorageNote),
).Component;

interface AppProps {
  /** The edition's core at once, its cards when they arrive (main.tsx). */
  readonly edition: EditionSource;
  readonly i18n: i18n;
  readonly notesStore: NotesStore;
  readonly storageKind: StorageKind | 'opening';
  /** Another tab upgraded or blocked the notes database, or the browser closed it. */
  readonly dbEvent?: LocalDbEvent | undefined;
  /** Once the first screen is committed (hydrated): a prerendered screen hydrates apart from the shell. */
  readonly onShown?: (() => void) | undefined;
}

/** Inside the screen's Suspense boundary: its effect runs once the screen itself is committed. */
function Shown({ onShown }: { readonly onShown: (() => void) | undefined }) {
  useEffect(() => onShown?.(), [onShown]);
  return null;
}

interface GuardedProps {
  readonly children: ReactNode;
  /** An extra (a reminder, a notice): if it fails it just goes away. */
  readonly quiet?: boolean;
  /** A failure is forgotten when this changes (the user went elsewhere). */
  readonly resetKey?: string | undefined;
  /** False where nothing below may suspend to a blank fallback (the shell). */
  readonly waits?: boolean;
}

/**
 * Around each screen and extra: the cards or a chunk on their way (Suspense), and an error that
 * would otherwise unmount the whole app (ErrorBoundary; its reload first saves unsaved notes).
 */
function Guarded({ children, quiet = false, resetKey, waits = true }: GuardedProps) {
  const flush = useFlushNotes();
  return (
    <ErrorBoundary onReload={() => void flush().finally(reloadApp)} quiet={quiet} resetKey={resetKey}>
      {waits ? <Suspense fallback={null}>{children}</Suspense> : children}
    </ErrorBoundary>
  );
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
          <Guarded quiet>
            <SafariStorageNote />
          </Guarded>
        </>
      );
    case 'about':
      return <AboutPage />;
    case 'controller':
    case 'projector':
      return <FacilitatorScreen route={route} />;
    case 'live':
      return <LiveScreen route={route} />;
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
function UpdatePrompt({ unattended = false }: { readonly unattended?: boolean }) {
  const flush = useFlushNotes();
  const hasUnsaved = useHasUnsavedNotes();
  return (
    <Guarded quiet>
      <PwaStatus beforeUpdate={flush} hasUnsaved={hasUnsaved} unattended={unattended} />
    </Guarded>
  );
}

/** Reloading for a newer version in another tab: flush first, so the reload loses nothing. */
function DbNotice({ event }: { readonly event: LocalDbEvent | undefined }) {
  const flush = useFlushNotes();
  if (!event) return null;
  return (
    <Guarded quiet>
      <NotesDbNotice event={event} onReload={() => void flush().finally(reloadApp)} />
    </Guarded>
  );
}

function Routed({ dbEvent, onShown }: Pick<AppProps, 'dbEvent' | 'onShown'>) {
  const [route] = useRoute();
  // A failed screen is forgotten when the user goes elsewhere.
  const path = formatRoute(route);
  // The projector fills the room's screen: no header, no status messages.
  if (route.name === 'projector' || (route.name === 'live' && route.part === 'skaerm')) {
    return (
      <>
        <Guarded resetKey={path}>
          <Screen route={route} />
          <Shown onShown={onShown} />
        </Guarded>
        {/* Nobody stands at the room's screen: it takes a new version by itself. */}
        <WhenSettled>
          <UpdatePrompt unattended />
        </WhenSettled>
      </>
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
              <Guarded quiet>
                <BackupReminder />
              </Guarded>
              <Guarded quiet>
                <InstallPanel />
              </Guarded>
            </WhenSettled>
          </>
        }
        menuItems={<InstallMenuItem />}
      >
        <Guarded resetKey={path}>
          <Screen route={route} />
          <Shown onShown={onShown} />
        </Guarded>
      </AppShell>
    </>
  );
}

/** Composition root: content, strings and storage meet the UI here and nowhere else. */
export function App({ edition, i18n, notesStore, storageKind, dbEvent, onShown }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <EditionContext.Provider value={edition}>
        <NotesProvider store={notesStore} editionVersion={edition.core.version} storageKind={storageKind}>
          {/* Anything the screens' own boundaries do not catch (the shell itself). */}
          <Guarded waits={false}>
            <Routed dbEvent={dbEvent} onShown={onShown} />
          </Guarded>
        </NotesProvider>
      </EditionContext.Provider>
    </I18nextProvider>
  );
}

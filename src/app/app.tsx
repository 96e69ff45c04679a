import type { i18n } from 'i18next';
import { lazy, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Edition } from '../domain/edition';
import type { NotesStore } from '../storage/notes-store';
import type { NotesDbEvent } from '../storage/open-notes-db';
import type { StorageKind } from '../storage/open-notes-store';
import { DeckPage } from '../ui/deck/deck-page';
import { EditionContext } from '../ui/edition-context';
import { NotesDbNotice } from '../ui/notes/notes-db-notice';
import { NotesProvider, useFlushNotes, useHasUnsavedNotes } from '../ui/notes/notes-context';
import { useRoute } from '../ui/routing/use-route';
import type { Route } from '../ui/routing/route';
import { AppShell } from '../ui/shell/app-shell';
import { NotFoundPage } from '../ui/shell/not-found-page';
import { StartPage } from '../ui/start/start-page';

// The start page and the deck are the first screen: they ship in the entry chunk. The rest loads
// on demand (precached, so offline too) to keep the first load small on a cheap tablet.
const AboutPage = lazy(() => import('../ui/about/about-page').then((m) => ({ default: m.AboutPage })));
const ActorPage = lazy(() => import('../ui/actors/actor-page').then((m) => ({ default: m.ActorPage })));
// The service worker's prompt is not needed for the first paint either.
const PwaStatus = lazy(() => import('../pwa/pwa-status').then((m) => ({ default: m.PwaStatus })));
const NotesPage = lazy(() => import('../ui/notes/notes-page').then((m) => ({ default: m.NotesPage })));

interface AppProps {
  readonly edition: Edition;
  readonly i18n: i18n;
  readonly notesStore: NotesStore;
  readonly storageKind: StorageKind | 'opening';
  /** Another tab upgraded or blocked the notes database, or the browser closed it. */
  readonly dbEvent?: NotesDbEvent | undefined;
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
      return <NotesPage />;
    case 'about':
      return <AboutPage />;
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
  return <NotesDbNotice event={event} onReload={() => void flush().finally(() => window.location.reload())} />;
}

function Routed({ dbEvent }: { readonly dbEvent: NotesDbEvent | undefined }) {
  const [route] = useRoute();
  return (
    <AppShell
      route={route}
      status={
        <>
          <DbNotice event={dbEvent} />
          <UpdatePrompt />
        </>
      }
    >
      <Suspense fallback={null}>
        <Screen route={route} />
      </Suspense>
    </AppShell>
  );
}

/** Composition root: content, strings and storage meet the UI here and nowhere else. */
export function App({ edition, i18n, notesStore, storageKind, dbEvent }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <EditionContext.Provider value={edition}>
        <NotesProvider store={notesStore} editionVersion={edition.version} storageKind={storageKind}>
          <Routed dbEvent={dbEvent} />
        </NotesProvider>
      </EditionContext.Provider>
    </I18nextProvider>
  );
}

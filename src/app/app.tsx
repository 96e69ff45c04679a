import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Edition } from '../domain/edition';
import { PwaStatus } from '../pwa/pwa-status';
import type { NotesStore } from '../storage/notes-store';
import type { StorageKind } from '../storage/open-notes-store';
import { AboutPage } from '../ui/about/about-page';
import { ActorPage } from '../ui/actors/actor-page';
import { DeckPage } from '../ui/deck/deck-page';
import { EditionContext } from '../ui/edition-context';
import { NotesPage } from '../ui/notes/notes-page';
import { NotesProvider, useFlushNotes, useHasUnsavedNotes } from '../ui/notes/notes-context';
import { useRoute } from '../ui/routing/use-route';
import type { Route } from '../ui/routing/route';
import { AppShell } from '../ui/shell/app-shell';
import { NotFoundPage } from '../ui/shell/not-found-page';
import { StartPage } from '../ui/start/start-page';

interface AppProps {
  readonly edition: Edition;
  readonly i18n: i18n;
  readonly notesStore: NotesStore;
  readonly storageKind: StorageKind | 'opening';
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
  return <PwaStatus beforeUpdate={flush} hasUnsaved={hasUnsaved} />;
}

function Routed() {
  const [route] = useRoute();
  return (
    <AppShell route={route} status={<UpdatePrompt />}>
      <Screen route={route} />
    </AppShell>
  );
}

/** Composition root: content, strings and storage meet the UI here and nowhere else. */
export function App({ edition, i18n, notesStore, storageKind }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <EditionContext.Provider value={edition}>
        <NotesProvider store={notesStore} editionVersion={edition.version} storageKind={storageKind}>
          <Routed />
        </NotesProvider>
      </EditionContext.Provider>
    </I18nextProvider>
  );
}

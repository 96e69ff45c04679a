import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { edition as realEdition, editionSourceFor } from '../../support/published-edition';
import type { Lang } from '../../../src/domain/actor';
import type { Edition } from '../../../src/domain/edition';
import type { BriefsStore } from '../../../src/storage/record-store';
import { createBrief } from '../../../src/domain/brief-model';
import { createMemoryBriefsStore } from '../../../src/storage/record-store';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import type { NotesStore } from '../../../src/storage/notes-store';
import { EditionContext } from '../../../src/ui/shared/edition-context';
import { NotesProvider } from '../../../src/ui/shared/notes-context';
import { PaperScreen } from '../../../src/app/paper-screen';
import { BriefsContext } from '../../../src/ui/shared/briefs-context';
import { useRoute, navigate } from '../../../src/ui/routing/use-route';
import { createTestI18n } from '../../support/create-test-i18n';

/** The app's router for the print and preparation screens; anything else just says where it is. */
function PaperRoutes() {
  const [route] = useRoute();
  if (route.name === 'print' || route.name === 'prep' || route.name === 'sharedBrief') {
    return (
      <Suspense fallback={<p>…</p>}>
        <PaperScreen route={route} />
      </Suspense>
    );
  }
  return <p data-testid="elsewhere">{window.location.pathname}</p>;
}

/** The briefs of most tests: one brief, "Besøg" (id abc1), a teacher preparing a visit to a company. */
export function visitBriefs(): BriefsStore {
  return createMemoryBriefsStore([
    createBrief({ id: 'abc1', name: 'Besøg', actor: 'laerer', partner: 'virksomhed', now: 1, editionVersion: '1.0.0' }),
  ]);
}

export interface RenderPaperOptions {
  readonly lang?: Lang;
  readonly edition?: Edition;
  readonly briefs?: BriefsStore;
  readonly notes?: NotesStore;
  /** Pass vi.advanceTimersByTime when the test uses fake timers. */
  readonly advanceTimers?: (ms: number) => void;
}

/**
 * The print and preparation screens at a path, with what the app gives them (strings, the real
 * edition by default, notes, briefs). `reload` unmounts everything and renders afresh, as a
 * reload would, optionally on a new store (a new IndexedDB connection).
 */
export function renderPaper(path: string, options: RenderPaperOptions = {}) {
  const { lang = 'da', edition = realEdition, notes = createMemoryNotesStore(), advanceTimers } = options;
  const i18n = createTestI18n(lang);
  const user = userEvent.setup(advanceTimers ? { advanceTimers } : {});
  const tree = (briefs: BriefsStore): ReactNode => (
    <I18nextProvider i18n={i18n}>
      <EditionContext.Provider value={editionSourceFor(edition)}>
        <NotesProvider store={notes} editionVersion={edition.version} storageKind="idb">
          <BriefsContext.Provider value={{ store: briefs, persistent: 'idb' }}>
            <main>
              <PaperRoutes />
            </main>
          </BriefsContext.Provider>
        </NotesProvider>
      </EditionContext.Provider>
    </I18nextProvider>
  );
  window.history.replaceState(null, '', path);
  const briefs = options.briefs ?? createMemoryBriefsStore();
  let utils = render(tree(briefs));
  return {
    user,
    i18n,
    edition,
    briefs,
    notes,
    get container() {
      return utils.container;
    },
    unmount: () => utils.unmount(),
    reload(next: { readonly briefs?: BriefsStore } = {}) {
      const path = window.location.pathname + window.location.hash;
      utils.unmount();
      window.history.replaceState(null, '', path);
      utils = render(tree(next.briefs ?? briefs));
      return utils;
    },
    go: (to: string) => act(() => navigate(to)),
  };
}

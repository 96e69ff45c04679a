import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Lang } from '../../src/domain/actor';
import type { Edition } from '../../src/domain/edition';
import { createTestI18n } from './create-test-i18n';
import { createMemoryNotesStore } from '../../src/storage/notes-store';
import type { NotesStore } from '../../src/storage/notes-store';
import { EditionContext } from '../../src/ui/shared/edition-context';
import { NotesProvider } from '../../src/ui/shared/notes-context';
import type { NotesStorageKind } from '../../src/ui/shared/notes-context';
import { buildUiEdition } from './build-ui-edition';
import { editionSourceFor } from './published-edition';

export interface RenderWithProvidersOptions {
  readonly lang?: Lang;
  readonly edition?: Edition;
  /** An in-memory store unless the test is about IndexedDB. */
  readonly store?: NotesStore;
  readonly storageKind?: NotesStorageKind;
  readonly saveDelayMs?: number;
  /** Pass vi.advanceTimersByTime when the test uses fake timers. */
  readonly advanceTimers?: (ms: number) => void;
}

/**
 * A screen or component with what the app gives it (strings, edition, notes), inside a main
 * landmark as the shell would. `remount` renders it again from scratch with fresh providers,
 * as a reload would, optionally on another store.
 */
export function renderWithProviders(ui: ReactElement, options: RenderWithProvidersOptions = {}) {
  const {
    lang = 'da',
    edition = buildUiEdition(),
    store = createMemoryNotesStore(),
    storageKind = 'idb',
    saveDelayMs,
    advanceTimers,
  } = options;
  window.history.replaceState(null, '', '/');
  const i18n = createTestI18n(lang);
  const user = userEvent.setup(advanceTimers ? { advanceTimers } : {});

  const wrapperFor = (notes: NotesStore) =>
    function Providers({ children }: { readonly children: ReactNode }) {
      return (
        <I18nextProvider i18n={i18n}>
          <EditionContext.Provider value={editionSourceFor(edition)}>
            <NotesProvider
              store={notes}
              editionVersion={edition.version}
              storageKind={storageKind}
              {...(saveDelayMs === undefined ? {} : { saveDelayMs })}
            >
              <main>{children}</main>
            </NotesProvider>
          </EditionContext.Provider>
        </I18nextProvider>
      );
    };

  // A wrapper (not JSX around ui), so rerender(<Other />) keeps the providers.
  const utils = render(ui, { wrapper: wrapperFor(store) });
  return {
    user,
    i18n,
    edition,
    store,
    ...utils,
    remount(next: { readonly store?: NotesStore } = {}) {
      utils.unmount();
      return render(ui, { wrapper: wrapperFor(next.store ?? store) });
    },
  };
}

import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Edition } from '../../../src/domain/edition';
import { createMemoryNotesStore } from '../../../src/storage/notes-store';
import { EditionContext } from '../../../src/ui/shared/edition-context';
import { ProjectorPage } from '../../../src/ui/facilitator/projector-page';
import { NotesProvider } from '../../../src/ui/shared/notes-context';
import { createTestI18n } from '../../support/create-test-i18n';
import { editionSourceFor } from '../../support/published-edition';

/** The projector as the app mounts it: outside the shell (it is its own main landmark), under every provider. */
export function renderProjector(edition: Edition) {
  window.history.replaceState(null, '', '/skaerm');
  const i18n = createTestI18n('da');
  const user = userEvent.setup();
  const store = createMemoryNotesStore();
  const utils = render(<ProjectorPage />, {
    wrapper: ({ children }: { readonly children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>
        <EditionContext.Provider value={editionSourceFor(edition)}>
          <NotesProvider store={store} editionVersion={edition.version} storageKind="idb">
            {children}
          </NotesProvider>
        </EditionContext.Provider>
      </I18nextProvider>
    ),
  });
  return { user, i18n, store, ...utils };
}

import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Lang } from '../../src/domain/actor';
import type { Edition } from '../../src/domain/edition';
import { createTestI18n } from './create-test-i18n';
import { EditionContext } from '../../src/ui/shared/edition-context';
import { buildUiEdition } from './build-ui-edition';
import { editionSourceFor } from './published-edition';

interface RenderUiOptions {
  readonly lang?: Lang;
  readonly edition?: Edition;
}

/**
 * One screen with the providers the app gives it (strings, edition) inside a main landmark, as
 * the shell would; starts at "/" so navigation can be asserted on location.pathname.
 */
export function renderUi(ui: ReactElement, { lang = 'da', edition = buildUiEdition() }: RenderUiOptions = {}) {
  window.history.replaceState(null, '', '/');
  const i18n = createTestI18n(lang);
  const user = userEvent.setup();
  const utils = render(ui, {
    wrapper: ({ children }) => (
      <I18nextProvider i18n={i18n}>
        <EditionContext.Provider value={editionSourceFor(edition)}>
          <main>{children}</main>
        </EditionContext.Provider>
      </I18nextProvider>
    ),
  });
  return { user, i18n, edition, ...utils };
}

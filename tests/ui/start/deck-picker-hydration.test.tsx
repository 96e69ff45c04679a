import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { EditionContext } from '../../../src/ui/shared/edition-context';
import { DeckPicker } from '../../../src/ui/start/deck-picker';
import { buildUiEdition } from '../../support/build-ui-edition';
import { createTestI18n } from '../../support/create-test-i18n';
import { editionSourceFor } from '../../support/published-edition';

describe('DeckPicker on a prerendered page', () => {
  it('keeps the choice a user made before the app woke up, and offers that deck', async () => {
    const i18n = createTestI18n('da');
    const edition = editionSourceFor(buildUiEdition());
    const Providers = ({ children }: { readonly children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>
        <EditionContext.Provider value={edition}>{children}</EditionContext.Provider>
      </I18nextProvider>
    );
    // The build's HTML, and a tap on "Lærer" in it before React hydrates (the browser checks the radio).
    const container = document.createElement('div');
    container.innerHTML = renderToString(
      <Providers>
        <DeckPicker />
      </Providers>,
    );
    document.body.append(container);
    const iAm = () => screen.getByRole('group', { name: 'Jeg er …' });
    within(iAm()).getByRole('radio', { name: /Lærer/ }).click();
    expect(within(iAm()).getByRole('radio', { name: /Lærer/ })).toBeChecked();

    render(<DeckPicker />, { container, hydrate: true, wrapper: Providers });

    expect(await screen.findByText('Lærer → alle: 5 kort')).toBeInTheDocument();
    expect(within(iAm()).getByRole('radio', { name: /Lærer/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Vis kortene' })).toBeEnabled();
  });
});

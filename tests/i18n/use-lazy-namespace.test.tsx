import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n';
import { useLazyNamespace, useNamespaceIn } from '../../src/i18n/use-lazy-namespace';

function PrintTitle() {
  useLazyNamespace('print');
  const { t } = useTranslation('print');
  return <h1>{t('title')}</h1>;
}

/** Asks for the strings and draws nothing of its own (like the shelf's screens' switch). */
function NeedsFacilitatorStrings() {
  useLazyNamespace('facilitator');
  return <p>Klar</p>;
}

function EnglishAboutTitle() {
  useNamespaceIn('about', 'en');
  const { i18n } = useTranslation();
  return <h1>{i18n.getFixedT('en', 'about')('headings.introduction')}</h1>;
}

/** The component under Suspense, with an app-like i18n instance: only the eager namespaces, in Danish. */
function renderLoading(ui: ReactNode) {
  const i18n = createI18n('da');
  render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={<p>Henter</p>}>{ui}</Suspense>
    </I18nextProvider>,
  );
  return i18n;
}

describe('lazy namespaces', () => {
  afterEach(cleanup);

  it('suspends until the strings of the UI language are there', async () => {
    renderLoading(<PrintTitle />);
    expect(screen.getByText('Henter')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Udskriv kort' })).toBeInTheDocument();
  });

  it('loads a namespace in one other language only, for printing', async () => {
    const i18n = renderLoading(<EnglishAboutTitle />);
    expect(screen.getByText('Henter')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Introduction' })).toBeInTheDocument();
    // The UI's own language is left alone. ('about' because no other test here loads it: every
    // instance of createI18n holds the same Danish resource object, so a loaded bundle is seen by all.)
    expect(i18n.hasResourceBundle('da', 'about')).toBe(false);
  });

  it('asks again when the language changes, though the component has no strings of its own', async () => {
    const i18n = renderLoading(<NeedsFacilitatorStrings />);
    expect(await screen.findByText('Klar')).toBeInTheDocument();
    expect(i18n.hasResourceBundle('en', 'facilitator')).toBe(false);
    await act(() => i18n.changeLanguage('en'));
    await vi.waitFor(() => expect(i18n.hasResourceBundle('en', 'facilitator')).toBe(true));
    expect(await screen.findByText('Klar')).toBeInTheDocument();
  });
});

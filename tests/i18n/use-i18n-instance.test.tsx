import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/i18n/create-i18n';
import { useI18nInstance, useI18nLanguage } from '../../src/i18n/use-i18n-instance';
import { createTestI18n } from '../support/create-test-i18n';

function Language() {
  const instance = useI18nInstance();
  return (
    <p>
      {useI18nLanguage()} {instance.t('common:appName')}
    </p>
  );
}

describe('useI18nLanguage', () => {
  it("renders again, once, with the provider's instance each time the language changes", async () => {
    const i18n = createTestI18n('da');
    let renders = 0;
    render(
      <I18nextProvider i18n={i18n}>
        <Profiler id="language" onRender={() => (renders += 1)}>
          <Language />
        </Profiler>
      </I18nextProvider>,
    );
    expect(screen.getByText('da Samarbejdskort')).toBeInTheDocument();
    await act(() => switchLanguage(i18n, 'en'));
    expect(screen.getByText(/^en /)).toBeInTheDocument();
    const before = renders;
    await act(() => switchLanguage(i18n, 'da'));
    expect(screen.getByText('da Samarbejdskort')).toBeInTheDocument();
    expect(renders).toBe(before + 1);
  });
});

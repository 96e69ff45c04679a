import { useTranslation } from 'react-i18next';
import { useLazyNamespace } from '../../i18n/use-lazy-namespace';

/** The install namespace's strings: suspends until loaded (at once in tests, which preload them). */
export function useInstallStrings() {
  useLazyNamespace('install');
  return useTranslation('install');
}

import { useTranslation } from 'react-i18next';
import { useLazyNamespace } from '../../i18n/use-lazy-namespace';

/**
 * The strings of the backup namespace (notes page, backups, conflicts, changed cards): suspends
 * until they are loaded (at once in tests, which preload them).
 */
export function useBackupStrings() {
  useLazyNamespace('backup');
  return useTranslation('backup');
}

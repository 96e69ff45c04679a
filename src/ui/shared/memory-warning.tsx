import { useTranslation } from 'react-i18next';
import { useShelfStores } from './shelf-stores';

/** Said plainly when stars and decks will not outlive the tab (IndexedDB unusable, e.g. a private window). */
export function MemoryWarning() {
  const { t } = useTranslation('shelf');
  const { kind } = useShelfStores();
  return kind === 'memory' ? <p className="shelf-warning">{t('memory')}</p> : null;
}

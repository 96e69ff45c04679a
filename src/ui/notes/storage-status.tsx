import { useTranslation } from 'react-i18next';
import { useNotesStorage } from './notes-context';

/** Whether the browser will keep the notes when the device runs low on space. */
export function StorageStatus() {
  const { t } = useTranslation('notes');
  const { kind, persistence } = useNotesStorage();
  if (kind === 'memory') return null;
  const message =
    persistence === undefined
      ? t('storage.checking')
      : persistence === 'persisted'
        ? t('storage.persisted')
        : persistence === 'not-persisted'
          ? t('storage.notPersisted')
          : t('storage.unsupported');
  return (
    <section className="notes-page__storage" aria-labelledby="notes-storage-heading">
      <h2 id="notes-storage-heading">{t('storage.heading')}</h2>
      <p>{message}</p>
    </section>
  );
}

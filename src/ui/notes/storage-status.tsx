import { useEffect, useState } from 'react';
import { checkPersistence } from '../../storage/request-persistence';
import type { PersistenceStatus } from '../../storage/request-persistence';
import { useNotesStorage } from '../shared/notes-context';
import { useBackupStrings } from '../shared/use-backup-strings';

/** Whether the browser will keep the notes when the device runs low on space. */
export function StorageStatus() {
  const { t } = useBackupStrings();
  const { kind } = useNotesStorage();
  // Unknown until the browser has answered (looking never prompts).
  const [persistence, setPersistence] = useState<PersistenceStatus>();
  useEffect(() => {
    if (kind !== 'idb') return;
    let current = true;
    void checkPersistence().then((status) => {
      if (current) setPersistence(status);
    });
    return () => {
      current = false;
    };
  }, [kind]);
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

import type { NotesStore } from '../../storage/notes-store';
import type { BackupMetaStore, BackupStorage } from '../../storage/backup-storage';
import type { NotesStorageKind } from '../shared/notes-context';

export interface BackupAccess {
  readonly storage: BackupStorage;
  readonly meta: BackupMetaStore;
}

let memoryMeta: BackupMetaStore | undefined;

/**
 * The database-wide operations for where notes live now: IndexedDB, or (private window, storage
 * blocked) the in-memory store the app uses. Loads the storage code on first use.
 */
export async function openBackupAccess(store: NotesStore, kind: NotesStorageKind): Promise<BackupAccess> {
  const [storage, meta] = await Promise.all([
    import('../../storage/backup-storage'),
    import('../../storage/backup-storage'),
  ]);
  if (kind === 'idb') return { storage: storage.createIdbBackupStorage(), meta: meta.createIdbBackupMeta() };
  memoryMeta ??= meta.createMemoryBackupMeta();
  return { storage: storage.createStoreBackupStorage(store), meta: memoryMeta };
}

export type PersistenceStatus = 'persisted' | 'not-persisted' | 'unsupported';

type PersistApi = Pick<StorageManager, 'persist' | 'persisted'>;

const asked = new WeakMap<object, Promise<PersistenceStatus>>();

function storageManager(): Partial<PersistApi> | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Whether the browser already keeps this site's storage from eviction. Never prompts, so it is
 * safe to call on load.
 */
export async function checkPersistence(
  storage: Partial<PersistApi> | undefined = storageManager(),
): Promise<PersistenceStatus> {
  if (typeof storage?.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

/**
 * Asks the browser once per page load to keep notes from being evicted when the device runs
 * low on space. Firefox shows the user a prompt, so call it at a moment that explains itself
 * (after the first note is saved), not on load. Later calls return the first answer.
 */
export function requestPersistence(
  storage: Partial<PersistApi> | undefined = storageManager(),
): Promise<PersistenceStatus> {
  if (typeof storage?.persist !== 'function') return Promise.resolve('unsupported');
  const earlier = asked.get(storage);
  if (earlier) return earlier;
  const asking = (async (): Promise<PersistenceStatus> => {
    try {
      if ((await checkPersistence(storage)) === 'persisted') return 'persisted';
      return (await storage.persist?.()) ? 'persisted' : 'not-persisted';
    } catch {
      return 'not-persisted';
    }
  })();
  asked.set(storage, asking);
  return asking;
}

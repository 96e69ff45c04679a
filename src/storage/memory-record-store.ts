import { createListeners } from './create-listeners';
import type { RecordStore } from './record-store';

/**
 * Records in memory only: for tests, and when IndexedDB cannot be used (lost when the tab closes).
 * `copy` goes both ways, as IndexedDB would clone, so a caller never shares an object with the store.
 */
export function createMemoryRecordStore<T extends { readonly id: string; readonly updatedAt: number }>(
  initial: readonly T[],
  copy: (record: T) => T,
): RecordStore<T> {
  const records = new Map<string, T>(initial.map((record) => [record.id, copy(record)]));
  const listeners = createListeners();
  return {
    async get(id) {
      const record = records.get(id);
      return record && copy(record);
    },
    async put(record) {
      records.set(record.id, copy(record));
      listeners.notify();
    },
    async delete(id) {
      records.delete(id);
      listeners.notify();
    },
    async list() {
      // As the IndexedDB index read backwards: latest change first, ties by id descending.
      return [...records.values()]
        .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .map(copy);
    },
    subscribe: listeners.subscribe,
  };
}

import type { Brief } from '../domain/brief-model';
import type { BriefsStore } from './briefs-store';
import { createListeners } from './create-listeners';

/**
 * Briefs kept in memory only: for tests, and when IndexedDB cannot be used. Values are copied
 * through JSON both ways, as IndexedDB would clone them, so a caller never shares an object.
 */
export function createMemoryBriefsStore(initial: readonly Brief[] = []): BriefsStore {
  const clone = (brief: Brief): Brief => JSON.parse(JSON.stringify(brief)) as Brief;
  const briefs = new Map<string, Brief>(initial.map((brief) => [brief.id, clone(brief)]));
  const listeners = createListeners();
  return {
    async get(id) {
      const brief = briefs.get(id);
      return brief && clone(brief);
    },
    async put(brief) {
      briefs.set(brief.id, clone(brief));
      listeners.notify();
    },
    async delete(id) {
      briefs.delete(id);
      listeners.notify();
    },
    async list() {
      // As the IndexedDB index read backwards: newest first, ties by id descending.
      return [...briefs.values()]
        .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .map(clone);
    },
    subscribe: listeners.subscribe,
  };
}

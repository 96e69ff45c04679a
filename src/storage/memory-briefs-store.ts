import type { Brief } from '../domain/brief-model';
import type { BriefsStore } from './briefs-store';
import { createMemoryRecordStore } from './memory-record-store';

/** Copied through JSON, as IndexedDB would clone a brief. */
const clone = (brief: Brief): Brief => JSON.parse(JSON.stringify(brief)) as Brief;

/** Briefs kept in memory only: for tests, and when IndexedDB cannot be used. */
export function createMemoryBriefsStore(initial: readonly Brief[] = []): BriefsStore {
  return createMemoryRecordStore(initial, clone);
}

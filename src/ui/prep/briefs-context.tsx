import { createContext, use, useContext } from 'react';
import { openBriefsStore } from '../../storage/record-store';
import type { OpenedBriefsStore } from '../../storage/record-store';

/** Tests (and anything that already holds a store) provide one; otherwise the app's own opens. */
export const BriefsContext = createContext<OpenedBriefsStore | null>(null);

let opening: Promise<OpenedBriefsStore> | undefined;

/**
 * The briefs store: the provided one, or the app's IndexedDB store, opened once on first use
 * (suspending the screen for the few milliseconds that takes; memory if IndexedDB fails).
 */
export function useBriefsStorage(): OpenedBriefsStore {
  const provided = useContext(BriefsContext);
  if (provided) return provided;
  opening ??= openBriefsStore();
  return use(opening);
}

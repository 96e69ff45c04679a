import { createContext, use, useContext, useEffect, useState } from 'react';
import type { Brief } from '../../domain/brief-model';
import { openBriefsStore } from '../../storage/record-store';
import type { BriefsStore, OpenedBriefsStore } from '../../storage/record-store';
import { useStoreList } from './use-store-list';

/*
 * Visit-preparation briefs: written in Forberedelse, read also by Mine noter and search (one place
 * for what a user wrote), hence shared. Every screen gets the same store, so a memory store (no
 * IndexedDB) is the same one everywhere for the visit.
 */

/** Tests (and anything that already holds a store) provide one; otherwise the app's own opens. */
export const BriefsContext = createContext<OpenedBriefsStore | null>(null);

let opening: Promise<OpenedBriefsStore> | undefined;
const appBriefsStorage = (): Promise<OpenedBriefsStore> => (opening ??= openBriefsStore());

/**
 * The briefs store: the provided one, or the app's IndexedDB store, opened once on first use
 * (suspending the screen for the few milliseconds that takes; memory if IndexedDB fails).
 */
export function useBriefsStorage(): OpenedBriefsStore {
  return useContext(BriefsContext) ?? use(appBriefsStorage());
}

/** Lists nothing until the real store is at hand. */
const NOT_YET: BriefsStore = {
  get: async () => undefined,
  put: async () => {},
  delete: async () => {},
  list: () => new Promise(() => {}),
  subscribe: () => () => {},
};

/**
 * Every brief, latest changed first, kept current; undefined until read. Never suspends: the
 * screens that only read briefs beside their own content (Mine noter, search) draw at once.
 */
export function useBriefsList(): Brief[] | undefined {
  const provided = useContext(BriefsContext);
  const [opened, setOpened] = useState<BriefsStore | undefined>();
  useEffect(() => {
    if (provided) return;
    let current = true;
    void appBriefsStorage().then(({ store }) => current && setOpened(store));
    return () => {
      current = false;
    };
  }, [provided]);
  return useStoreList(provided?.store ?? opened ?? NOT_YET);
}

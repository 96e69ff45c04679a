// Stands in for vite-plugin-pwa's virtual module in unit tests (there is no service worker).
// A test drives it like the service worker would, through `swStub`, and reads what the app asked.
import { useSyncExternalStore } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

interface StubState {
  readonly needRefresh: boolean;
  readonly offlineReady: boolean;
}

const INITIAL: StubState = { needRefresh: false, offlineReady: false };
let state = INITIAL;
const listeners = new Set<() => void>();
const updateCalls: Array<boolean | undefined> = [];
let nextUpdateError: Error | undefined;

function set(patch: Partial<StubState>): void {
  state = { ...state, ...patch };
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setter(key: keyof StubState): Dispatch<SetStateAction<boolean>> {
  return (value) => set({ [key]: typeof value === 'function' ? value(state[key]) : value });
}

/** The controls a test holds: wrap the setters in act() when a component is mounted. */
export const swStub = {
  /** A new service worker is installed and waiting. */
  setNeedRefresh: (value: boolean): void => set({ needRefresh: value }),
  /** Everything is precached. */
  setOfflineReady: (value: boolean): void => set({ offlineReady: value }),
  /** The arguments of every updateServiceWorker call, in order. */
  updateCalls: updateCalls as readonly (boolean | undefined)[],
  /** Makes the next updateServiceWorker call reject. */
  failNextUpdate(error = new Error('update failed')): void {
    nextUpdateError = error;
  },
  reset(): void {
    state = INITIAL;
    updateCalls.length = 0;
    nextUpdateError = undefined;
    for (const listener of [...listeners]) listener();
  },
};

export function useRegisterSW(_options?: RegisterSWOptions): {
  needRefresh: [boolean, Dispatch<SetStateAction<boolean>>];
  offlineReady: [boolean, Dispatch<SetStateAction<boolean>>];
  updateServiceWorker: (reloadPage?: boolean) => Promise<void>;
} {
  const current = useSyncExternalStore(subscribe, () => state);
  return {
    needRefresh: [current.needRefresh, setter('needRefresh')],
    offlineReady: [current.offlineReady, setter('offlineReady')],
    async updateServiceWorker(reloadPage) {
      updateCalls.push(reloadPage);
      const error = nextUpdateError;
      nextUpdateError = undefined;
      if (error) throw error;
    },
  };
}

import { useSyncExternalStore } from 'react';

/**
 * Cards put aside, per deck, for this session only, like paper cards moved off the pile:
 * sessionStorage (one tab, gone when it closes), so a reload keeps them aside.
 */
export const PUT_ASIDE_KEY = 'samarbejdskort.putAside' as const;

type Aside = Readonly<Record<string, readonly string[]>>;

const NONE: readonly string[] = [];
const listeners = new Set<() => void>();
let cached: Aside | undefined;

function read(): Aside {
  if (cached) return cached;
  cached = {};
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(PUT_ASIDE_KEY) ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) {
      for (const [deck, ids] of Object.entries(parsed)) {
        if (Array.isArray(ids))
          cached = { ...cached, [deck]: ids.filter((id): id is string => typeof id === 'string') };
      }
    }
  } catch {
    // Nothing readable: nothing aside.
  }
  return cached;
}

function write(next: Aside): void {
  cached = next;
  try {
    if (Object.keys(next).length === 0) window.sessionStorage.removeItem(PUT_ASIDE_KEY);
    else window.sessionStorage.setItem(PUT_ASIDE_KEY, JSON.stringify(next));
  } catch {
    // Storage blocked: the cards stay aside for as long as the page lives.
  }
  for (const listener of [...listeners]) listener();
}

export function putAside(deck: string, cardId: string): void {
  const current = read()[deck] ?? NONE;
  if (!current.includes(cardId)) write({ ...read(), [deck]: [...current, cardId] });
}

/** One tap brings every card of the deck back. */
export function bringBack(deck: string): void {
  const { [deck]: _back, ...rest } = read();
  write(rest);
}

/** Forgets what was read, so the next read sees sessionStorage again (tests start clean). */
export function resetPutAsideCache(): void {
  cached = undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The ids of the deck's cards put aside in this session, in the order they were put aside. */
export function usePutAside(deck: string): readonly string[] {
  return useSyncExternalStore(
    subscribe,
    () => read()[deck] ?? NONE,
    () => NONE,
  );
}

import { useSyncExternalStore } from 'react';
import { formatRoute, parseRoute } from './route';
import type { Route } from './route';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const getPath = (): string => window.location.pathname;
/** The path a build-time render draws (src/app/prerender.tsx): there is no window there. */
let serverPath = '/';
export function setServerPath(path: string): void {
  serverPath = path;
}
// While hydrating, the browser's own path: the page was prerendered for it.
const getServerPath = (): string => (typeof window === 'undefined' ? serverPath : window.location.pathname);
const getSearch = (): string => window.location.search;
// A prerendered page is drawn for its path alone: no query (a shuffled deck is drawn afresh).
const getServerSearch = (): string => (typeof window === 'undefined' ? '' : window.location.search);

/** Moves to a route, pushing a history entry (or replacing the current one). */
export function navigate(route: Route | string, options: { replace?: boolean } = {}): void {
  const path = typeof route === 'string' ? route : formatRoute(route);
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/** The current route, from the URL (so it is shareable, reload-safe and the back button works). */
export function useRoute(): [Route, typeof navigate] {
  const path = useSyncExternalStore(subscribe, getPath, getServerPath);
  return [parseRoute(path), navigate];
}

/** The address's query string ("?q=…", or ""), kept current as the app moves. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getServerSearch);
}

/** One value of the address's query (/soeg?q=… → q), or null when it has none. */
export function useSearchParam(key: string): string | null {
  return new URLSearchParams(useSearch()).get(key);
}

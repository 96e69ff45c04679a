import type { i18n } from 'i18next';
import type { Lang } from '../domain/actor';
import { loadNamespace, loadNamespaceIn } from './lazy-namespaces';
import { useI18nInstance, useI18nLanguage } from './use-i18n-instance';
import type { LazyNamespace } from './lazy-namespaces';

/** The fields React's use() reads on a promise: a settled one that says so never suspends. */
type Tracked = Promise<void> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: unknown; reason?: unknown };

/** Marks a promise's state as React's use() reads it, so a settled one never suspends again. */
function trackForUse(promise: Promise<void>): Promise<void> {
  const tracked = promise as Tracked;
  tracked.status = 'pending';
  tracked.then(
    () => {
      tracked.status = 'fulfilled';
    },
    (reason: unknown) => {
      tracked.status = 'rejected';
      tracked.reason = reason;
    },
  );
  return tracked;
}

type Loads = WeakMap<i18n, Map<string, Promise<void>>>;

/** The one load for this instance and key: every render that suspends on it waits on the same promise. */
function once(loads: Loads, instance: i18n, key: string, start: () => Promise<void>): Promise<void> {
  const byKey = loads.get(instance) ?? new Map<string, Promise<void>>();
  loads.set(instance, byKey);
  let promise = byKey.get(key);
  if (!promise) {
    promise = trackForUse(start());
    byKey.set(key, promise);
  }
  return promise;
}

// Apart, as the same key means different loads: the UI's language (and every one loaded) or just one.
const loading: Loads = new WeakMap();
const loadingIn: Loads = new WeakMap();

/**
 * Suspends (inside the nearest Suspense) until the lazy namespaces' strings are there for the
 * current language: one precached chunk, so offline too. It throws the loading promise (one per
 * namespace and language) for Suspense. Tests preload every namespace: no suspending.
 */
export function useLazyNamespace(...namespaces: LazyNamespace[]): void {
  const instance = useI18nInstance();
  // A new language may want its own strings: look again when it changes.
  useI18nLanguage();
  for (const ns of namespaces) {
    if (instance.hasResourceBundle(instance.language, ns)) continue;
    // Thrown, not use()d: use() demands the same call on every later render of the component,
    // which a hook that stops waiting once the strings are there cannot promise. Suspense takes both.
    throw once(loading, instance, `${ns}:${instance.language}`, () => loadNamespace(instance, ns));
  }
}

/** Like useLazyNamespace, for a namespace in one given language, whatever the UI speaks (printing). */
export function useNamespaceIn(ns: LazyNamespace, lang: Lang): void {
  const instance = useI18nInstance();
  if (instance.hasResourceBundle(lang, ns)) return;
  throw once(loadingIn, instance, `${ns}:${lang}`, () => loadNamespaceIn(instance, ns, lang));
}

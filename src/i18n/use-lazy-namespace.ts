import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { loadNamespace } from './lazy-namespaces';
import type { LazyNamespace } from './lazy-namespaces';

/** The fields React's use() reads on a promise: a settled one that says so never suspends. */
type Tracked = Promise<void> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: unknown; reason?: unknown };

/** Marks a promise's state as React's use() reads it, so a settled one never suspends again. */
export function trackForUse(promise: Promise<void>): Promise<void> {
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

// One promise per instance, namespace and language.
const loading = new WeakMap<i18n, Map<string, Promise<void>>>();

/**
 * Suspends (inside the nearest Suspense) until the lazy namespaces' strings are there for the
 * current language: one precached chunk, so offline too. It throws the loading promise (one per
 * namespace and language) for Suspense. Tests preload every namespace: no suspending.
 */
export function useLazyNamespace(...namespaces: LazyNamespace[]): void {
  const { i18n: instance } = useTranslation();
  const byKey = loading.get(instance) ?? new Map<string, Promise<void>>();
  loading.set(instance, byKey);
  for (const ns of namespaces) {
    const key = `${ns}:${instance.language}`;
    if (instance.hasResourceBundle(instance.language, ns)) continue;
    let promise = byKey.get(key);
    if (!promise) {
      promise = trackForUse(loadNamespace(instance, ns));
      byKey.set(key, promise);
    }
    // Thrown, not use()d: use() demands the same call on every later render of the component,
    // which a hook that stops waiting once the strings are there cannot promise. Suspense takes both.
    throw promise;
  }
}

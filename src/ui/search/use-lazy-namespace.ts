import type { i18n } from 'i18next';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace } from '../../i18n/lazy-namespaces';
import type { LazyNamespace } from '../../i18n/lazy-namespaces';

const loading = new WeakMap<i18n, Map<LazyNamespace, Promise<void>>>();

/**
 * Suspends until a lazy namespace's strings are there (one precached chunk, so offline too).
 * Call it above the components that translate with the namespace.
 */
export function useLazyNamespace(...namespaces: LazyNamespace[]): void {
  const { i18n } = useTranslation();
  const missing = namespaces.filter((ns) => !i18n.hasResourceBundle(i18n.language, ns));
  if (missing.length === 0) return;
  const byNamespace = loading.get(i18n) ?? new Map<LazyNamespace, Promise<void>>();
  loading.set(i18n, byNamespace);
  // One promise per namespace and instance: use() needs the same promise on every try.
  const promises = missing.map((ns) => {
    const promise = byNamespace.get(ns) ?? loadNamespace(i18n, ns);
    byNamespace.set(ns, promise);
    return promise;
  });
  for (const promise of promises) use(promise);
}

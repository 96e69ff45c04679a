import type { i18n } from 'i18next';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace } from './lazy-namespaces';
import type { LazyNamespace } from './lazy-namespaces';

// One promise per instance, namespace and language: use() must see the same promise on every try.
const loading = new WeakMap<i18n, Map<string, Promise<void>>>();

/**
 * Suspends (inside the nearest Suspense) until the lazy namespaces' strings are there for the
 * current language: one precached chunk, so offline too. Language switches afterwards bring them
 * along (loadUsedNamespaces). Tests preload every namespace, so there it never suspends.
 */
export function useLazyNamespace(...namespaces: LazyNamespace[]): void {
  const { i18n: instance } = useTranslation();
  const missing = namespaces.filter((ns) => !instance.hasResourceBundle(instance.language, ns));
  if (missing.length === 0) return;
  const byKey = loading.get(instance) ?? new Map<string, Promise<void>>();
  loading.set(instance, byKey);
  for (const ns of missing) {
    const key = `${ns}:${instance.language}`;
    const promise = byKey.get(key) ?? loadNamespace(instance, ns);
    byKey.set(key, promise);
    use(promise);
  }
}

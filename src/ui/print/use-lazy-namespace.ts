import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/actor';
import { trackForUse } from '../../i18n/use-lazy-namespace';
import type { LazyNamespace } from '../../i18n/lazy-namespaces';

const pending = new WeakMap<i18n, Map<string, Promise<void>>>();

function once(instance: i18n, key: string, start: () => Promise<void>): Promise<void> {
  const map = pending.get(instance) ?? new Map<string, Promise<void>>();
  pending.set(instance, map);
  let promise = map.get(key);
  if (!promise) {
    promise = trackForUse(start());
    map.set(key, promise);
  }
  return promise;
}

export { useLazyNamespace } from '../../i18n/use-lazy-namespace';

const bundles = import.meta.glob<Record<string, unknown>>('../../i18n/locales/*/lazy/*.json', { import: 'default' });

/**
 * A lazy namespace in one given language, whatever the UI speaks: cards printed in English from
 * a Danish screen need the English print strings, and nothing else of English.
 */
export function useNamespaceIn(ns: LazyNamespace, lang: Lang): void {
  const { i18n: instance } = useTranslation();
  if (instance.hasResourceBundle(lang, ns)) return;
  // Thrown for Suspense rather than use()d: see useLazyNamespace.
  throw once(instance, `${ns}:${lang}`, async () => {
    const load = bundles[`../../i18n/locales/${lang}/lazy/${ns}.json`];
    if (!load) throw new Error(`no strings for namespace "${ns}" in "${lang}"`);
    instance.addResourceBundle(lang, ns, await load(), true, true);
  });
}

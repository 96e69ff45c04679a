import type { i18n } from 'i18next';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace } from '../../i18n/lazy-namespaces';

// One promise per instance and language: use() must see the same promise on every try.
const loading = new WeakMap<i18n, Map<string, Promise<void>>>();

/** The install namespace's strings: suspends until loaded (at once in tests, which preload them). */
export function useInstallStrings() {
  const translation = useTranslation('install');
  const instance = translation.i18n;
  if (!instance.hasResourceBundle(instance.language, 'install')) {
    const byLang = loading.get(instance) ?? new Map<string, Promise<void>>();
    loading.set(instance, byLang);
    const promise = byLang.get(instance.language) ?? loadNamespace(instance, 'install');
    byLang.set(instance.language, promise);
    use(promise);
  }
  return translation;
}

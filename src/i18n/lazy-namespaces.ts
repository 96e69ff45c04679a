import type { i18n } from 'i18next';
import type { Lang } from '../domain/actor';

/*
 * Strings of features that load on demand (facilitator, backup, print …) live in
 * locales/<lang>/lazy/<namespace>.json and load with the feature, so the first screen never
 * carries them. Add a namespace: create both JSON files, then add its line to LazyResources.
 */
export interface LazyResources {
  readonly _example?: never;
}

export type LazyNamespace = Exclude<keyof LazyResources, '_example'>;

const loaders = import.meta.glob<Record<string, unknown>>('./locales/*/lazy/*.json', { import: 'default' });

function loaderFor(lang: Lang, ns: string): (() => Promise<Record<string, unknown>>) | undefined {
  return loaders[`./locales/${lang}/lazy/${ns}.json`];
}

/** Loads a lazy namespace for the current language (and for any language loaded later). */
export async function loadNamespace(instance: i18n, ns: LazyNamespace): Promise<void> {
  const langs = new Set<string>([instance.language, ...Object.keys(instance.store.data)]);
  await Promise.all(
    [...langs].map(async (lang) => {
      if (instance.hasResourceBundle(lang, ns)) return;
      const load = loaderFor(lang as Lang, ns);
      if (!load) throw new Error(`no strings for namespace "${ns}" in "${lang}"`);
      instance.addResourceBundle(lang, ns, await load(), true, true);
    }),
  );
  rememberLoaded(instance, ns);
}

const loadedNamespaces = new WeakMap<i18n, Set<string>>();

function rememberLoaded(instance: i18n, ns: string): void {
  const set = loadedNamespaces.get(instance) ?? new Set<string>();
  set.add(ns);
  loadedNamespaces.set(instance, set);
}

/** After a language switch: the lazy namespaces already in use follow into the new language. */
export async function loadUsedNamespaces(instance: i18n, lang: Lang): Promise<void> {
  const used = loadedNamespaces.get(instance) ?? new Set<string>();
  await Promise.all(
    [...used].map(async (ns) => {
      if (instance.hasResourceBundle(lang, ns)) return;
      const load = loaderFor(lang, ns);
      if (load) instance.addResourceBundle(lang, ns, await load(), true, true);
    }),
  );
}

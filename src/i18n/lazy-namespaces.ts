import type { i18n } from 'i18next';
import type { Lang } from '../domain/actor';
import type daAbout from './locales/da/lazy/about.json';
import type daBackup from './locales/da/lazy/backup.json';
import type daDeck from './locales/da/lazy/deck.json';
import type daFacilitator from './locales/da/lazy/facilitator.json';
import type daInstall from './locales/da/lazy/install.json';
import type daLive from './locales/da/lazy/live.json';
import type daNotes from './locales/da/lazy/notes.json';
import type daPrep from './locales/da/lazy/prep.json';
import type daPrint from './locales/da/lazy/print.json';
import type daPwa from './locales/da/lazy/pwa.json';
import type daSearch from './locales/da/lazy/search.json';
import type daShelf from './locales/da/lazy/shelf.json';

/*
 * Strings of features that load on demand (facilitator, backup, print …) live in
 * locales/<lang>/lazy/<namespace>.json and load with the feature, so the first screen never
 * carries them. Add a namespace: create both JSON files, then add its line (and a type-only import of the Danish file) to LazyResources.
 */
export interface LazyResources {
  readonly _example?: never;
  readonly about: typeof daAbout;
  readonly pwa: typeof daPwa;
  readonly search: typeof daSearch;
  readonly shelf: typeof daShelf;
  readonly print: typeof daPrint;
  readonly prep: typeof daPrep;
  readonly facilitator: typeof daFacilitator;
  readonly backup: typeof daBackup;
  readonly install: typeof daInstall;
  readonly live: typeof daLive;
  readonly notes: typeof daNotes;
  readonly deck: typeof daDeck;
}

export type LazyNamespace = Exclude<keyof LazyResources, '_example'>;

const loaders = import.meta.glob<Record<string, unknown>>('./locales/*/lazy/*.json', { import: 'default' });

function loaderFor(lang: Lang, ns: string): (() => Promise<Record<string, unknown>>) | undefined {
  return loaders[`./locales/${lang}/lazy/${ns}.json`];
}

/** Loads a lazy namespace for the current language (and for any language loaded later). */
export async function loadNamespace(instance: i18n, ns: LazyNamespace): Promise<void> {
  const langs = new Set<string>([instance.language, ...Object.keys(instance.store.data)]);
  await Promise.all([...langs].map((lang) => loadNamespaceIn(instance, ns, lang as Lang)));
  rememberLoaded(instance, ns);
}

/**
 * Loads a lazy namespace in one given language, whatever the UI speaks: cards printed in English
 * from a Danish screen need the English print strings, and nothing else of English.
 */
export async function loadNamespaceIn(instance: i18n, ns: LazyNamespace, lang: Lang): Promise<void> {
  if (instance.hasResourceBundle(lang, ns)) return;
  const load = loaderFor(lang, ns);
  if (!load) throw new Error(`no strings for namespace "${ns}" in "${lang}"`);
  instance.addResourceBundle(lang, ns, await load(), true, true);
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

import { createInstance } from 'i18next';
import type { i18n, Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS } from '../domain/actor';
import type { Lang } from '../domain/actor';
import { loadUsedNamespaces } from './lazy-namespaces';
import { da, NAMESPACES } from './resources';
import type { ResourcesShape } from './resources';

/** Where the chosen language is remembered (never change without a migration of old values). */
export const LANGUAGE_STORAGE_KEY = 'samarbejdskort.language' as const;
export const DEFAULT_LANG: Lang = 'da';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Storage blocked (private mode): the choice lasts for this visit only.
  }
}

/**
 * A ready i18next instance (synchronous: strings are bundled, nothing to wait for offline).
 * Danish is always there; pass other languages' resources that are already loaded.
 */
export function createI18n(lang: Lang = DEFAULT_LANG, extra: Partial<Record<Lang, ResourcesShape>> = {}): i18n {
  const instance = createInstance();
  const resources: Resource = { ...extra, da };
  void instance.use(initReactI18next).init({
    lng: lang in resources ? lang : DEFAULT_LANG,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const sync = (lng: string): void => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  sync(instance.language);
  instance.on('languageChanged', sync);
  return instance;
}

async function loadResources(lang: Lang): Promise<ResourcesShape> {
  if (lang === 'da') return da;
  const { en } = await import('./resources-en');
  return en;
}

/** Loads a language's strings if they are not there yet, then switches to it and remembers it. */
export async function switchLanguage(instance: i18n, lang: Lang): Promise<void> {
  if (!instance.hasResourceBundle(lang, 'common')) {
    const resources = await loadResources(lang);
    for (const ns of NAMESPACES) instance.addResourceBundle(lang, ns, resources[ns], true, true);
  }
  await loadUsedNamespaces(instance, lang);
  storeLang(lang);
  await instance.changeLanguage(lang);
}

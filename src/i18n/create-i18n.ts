import { createInstance } from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS } from '../domain/actor';
import type { Lang } from '../domain/actor';
import { NAMESPACES, resources } from './resources';

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

/** A ready i18next instance with every string bundled (no loading, works offline at once). */
export function createI18n(lang: Lang = readStoredLang()): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
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
  sync(lang);
  instance.on('languageChanged', sync);
  return instance;
}

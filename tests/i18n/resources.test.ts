import { describe, expect, it } from 'vitest';
import { createI18n, readStoredLang, switchLanguage } from '../../src/i18n/create-i18n';
import { da, NAMESPACES } from '../../src/i18n/resources';
import { en } from '../../src/i18n/resources-en';

/** Every key path of a nested strings object, e.g. "nav.start". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('UI strings', () => {
  it.each(NAMESPACES)('English has exactly the Danish keys in "%s"', (ns) => {
    expect(keyPaths(en[ns]).sort()).toEqual(keyPaths(da[ns]).sort());
  });

  it.each(NAMESPACES)('no string in "%s" is empty, and interpolations match between languages', (ns) => {
    const daStrings = new Map(
      keyPaths(da[ns]).map((path) => [
        path,
        path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], da[ns]),
      ]),
    );
    for (const path of keyPaths(en[ns])) {
      const enText = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en[ns]);
      const daText = daStrings.get(path);
      expect(typeof enText === 'string' && enText.trim().length > 0, `${ns}:${path} (en)`).toBe(true);
      expect(typeof daText === 'string' && daText.trim().length > 0, `${ns}:${path} (da)`).toBe(true);
      const vars = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
      expect(vars(enText), `${ns}:${path}`).toEqual(vars(daText));
    }
  });

  it('starts in Danish and loads English on demand, remembering the choice', async () => {
    const i18n = createI18n('da');
    expect(i18n.t('nav.notes')).toBe('Mine noter');
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
    await switchLanguage(i18n, 'en');
    expect(i18n.t('nav.notes')).toBe('My notes');
    expect(document.documentElement.lang).toBe('en');
    expect(createI18n().language).toBe('da');
    expect(readStoredLang()).toBe('en');
  });
});

describe('lazy UI strings (locales/<lang>/lazy/*.json)', () => {
  const files = import.meta.glob<Record<string, unknown>>('../../src/i18n/locales/*/lazy/*.json', {
    import: 'default',
    eager: true,
  });
  const byNs = new Map<string, Partial<Record<string, Record<string, unknown>>>>();
  for (const [path, strings] of Object.entries(files)) {
    const [, lang = '', ns = ''] = /locales\/(\w+)\/lazy\/([\w-]+)\.json$/.exec(path) ?? [];
    byNs.set(ns, { ...byNs.get(ns), [lang]: strings });
  }

  it('every lazy namespace exists in both languages with the same keys', () => {
    for (const [ns, langs] of byNs) {
      expect(langs.da, `${ns} (da)`).toBeDefined();
      expect(langs.en, `${ns} (en)`).toBeDefined();
      expect(keyPaths(langs.en).sort(), ns).toEqual(keyPaths(langs.da).sort());
    }
  });
});

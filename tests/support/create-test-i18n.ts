import type { Lang } from '../../src/domain/actor';
import { createI18n } from '../../src/i18n/create-i18n';
import { en } from '../../src/i18n/resources-en';

// Lazy namespaces too, so a component test never waits for strings.
const lazy = import.meta.glob<Record<string, unknown>>('../../src/i18n/locales/*/lazy/*.json', {
  import: 'default',
  eager: true,
});

/** i18next with both languages and every namespace loaded up front, for synchronous tests. */
export function createTestI18n(lang: Lang = 'da') {
  const instance = createI18n(lang, { en });
  for (const [path, strings] of Object.entries(lazy)) {
    const match = /locales\/(\w+)\/lazy\/([\w-]+)\.json$/.exec(path);
    if (match?.[1] && match[2]) instance.addResourceBundle(match[1], match[2], strings, true, true);
  }
  return instance;
}

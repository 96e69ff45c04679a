import type { Lang } from '../../src/domain/actor';
import { createI18n } from '../../src/i18n/create-i18n';
import { en } from '../../src/i18n/resources-en';

/** i18next with both languages loaded up front, so a test can switch language synchronously. */
export function createTestI18n(lang: Lang = 'da') {
  return createI18n(lang, { en });
}

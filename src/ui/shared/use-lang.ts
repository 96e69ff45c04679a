import type { Lang } from '../../domain/actor';
import { DEFAULT_LANG, isLang } from '../../i18n/create-i18n';
import { useI18nLanguage } from '../../i18n/use-i18n-instance';

/** The UI language as a content language, so content texts follow the language switch. */
export function useLang(): Lang {
  const lang = useI18nLanguage();
  return isLang(lang) ? lang : DEFAULT_LANG;
}

import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/actor';
import { DEFAULT_LANG, isLang } from '../../i18n/create-i18n';

/** The UI language as a content language, so content texts follow the language switch. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

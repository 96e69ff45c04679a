import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/actor';
import { switchLanguage } from '../../i18n/create-i18n';

/** One button that switches to the other language, named in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = i18n.language as Lang;
  const other: Lang = current === 'da' ? 'en' : 'da';
  return (
    <button
      type="button"
      className="button language-switch"
      lang={other}
      title={t('language.switchTo')}
      onClick={() => void switchLanguage(i18n, other)}
    >
      {t(`language.${other}`)}
    </button>
  );
}

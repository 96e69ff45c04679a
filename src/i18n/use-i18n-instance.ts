import type { i18n } from 'i18next';
import { useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';

/*
 * For code that needs the i18next instance or its language, not `t`. react-i18next's useTranslation
 * makes a copy of the instance each time a component mounts (its i18n wrapper, tens of µs): a
 * screen that mounts dozens of actor badges paid for dozens of copies (~4 ms on the notes page).
 */

/** The instance the app's I18nextProvider gives. */
export function useI18nInstance(): i18n {
  const instance = useContext(I18nContext)?.i18n ?? getI18n();
  if (!instance) throw new Error('useI18nInstance: render inside an I18nextProvider');
  return instance;
}

const subscriptions = new WeakMap<i18n, (onChange: () => void) => () => void>();

/** One subscribe function per instance, so React keeps one subscription per component. */
function subscriptionFor(instance: i18n): (onChange: () => void) => () => void {
  let subscribe = subscriptions.get(instance);
  if (!subscribe) {
    subscribe = (onChange) => {
      instance.on('languageChanged', onChange);
      return () => instance.off('languageChanged', onChange);
    };
    subscriptions.set(instance, subscribe);
  }
  return subscribe;
}

/** The language the instance resolved to, kept current: the component renders again when it changes. */
export function useI18nLanguage(): string {
  const instance = useI18nInstance();
  const language = (): string => instance.resolvedLanguage ?? instance.language;
  return useSyncExternalStore(subscriptionFor(instance), language, language);
}

import { useContext, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTALL_MENU_ITEM_ID, InstallOfferContext } from './install-offer-context';
import { installWay } from './install-way';
import type { InstallWay } from './install-way';
import './install-menu-item.css';

const PRERENDERED_WAY: InstallWay = 'browser';
const subscribeNever = (): (() => void) => () => {};

/**
 * The menu's way to install, there from the first paint wherever the browser can install (so it
 * never pushes the page down later). Tiny on purpose: the prompt, the guides and their strings load
 * on the first tap, and are usually loaded already (the install panel loads after the first paint).
 */
export function InstallMenuItem() {
  const { t } = useTranslation('common');
  const provided = useContext(InstallOfferContext);
  // Prerendered pages are drawn for Chrome, Android and Chromebooks (most school tablets, and
  // Lighthouse): hydration draws the same, then this browser's own way right after.
  const way = useSyncExternalStore(
    subscribeNever,
    () => installWay(provided?.env ?? { window, navigator }),
    () => PRERENDERED_WAY,
  );
  if (way === 'none') return null;
  return (
    <button
      id={INSTALL_MENU_ITEM_ID}
      type="button"
      className="install-menu-item"
      onClick={() => void import('./install-offer').then((m) => m.openInstall(provided ?? undefined))}
    >
      {t(way === 'home-screen' ? 'install.homeScreen' : 'install.app')}
    </button>
  );
}

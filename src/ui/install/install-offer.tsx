/*
 * What the app offers about installing, loaded as one small chunk after the first paint (and on
 * the menu item's first tap): the panel at the top (a suggestion after real use, or a guide asked
 * for), and Safari's 7-day rule on the notes page.
 */
import { useEffect, useRef, useState } from 'react';
import type { Route } from '../routing/route';
import { useRoute } from '../routing/use-route';
import { BrowserMenuGuide, HomeScreenGuide } from './install-guides';
import { INSTALL_MENU_ITEM_ID } from './install-offer-context';
import { readInstallDismissed, rememberInstallDismissed } from './install-memory';
import { pageInstallOffer } from './install-offer-store';
import type { InstallOfferStore } from './install-offer-store';
import { isAppleMobileTab } from './install-way';
import { useHasNotes } from './use-has-notes';
import { useGuideOpen, useInstallOffer, useInstallOfferStore } from './use-install-offer';
import { useInstallStrings } from './use-install-strings';
import './install.css';

/*
 * Screens where a suggestion may appear: calm moments between tasks. Never over a card being
 * read or written (deck), nor while facilitating.
 */
const SUGGEST_ON: ReadonlySet<Route['name']> = new Set(['start', 'notes', 'about', 'actor']);

/**
 * The menu item's tap: the browser's install dialog when it offers one, else the guide for this
 * device (Safari's share menu, or the browser's own menu). A "no" in the dialog is remembered like
 * "Ikke nu", so no suggestion follows.
 */
export async function openInstall(store: InstallOfferStore = pageInstallOffer()): Promise<void> {
  if (store.get().kind === 'prompt') {
    if ((await store.prompt()) === 'dismissed') rememberInstallDismissed();
    return;
  }
  store.setGuideOpen(true);
}

/**
 * The panel at the top of the screen. By itself it suggests installing only after real use (a
 * note is saved on this device), only between tasks, only where installing is a tap or a short
 * guide away, never once dismissed (remembered on the device) and never in the installed app.
 * Asked for (menu item, notes page), it shows the guide for this device.
 */
export function InstallPanel() {
  const { t } = useInstallStrings();
  const offer = useInstallOffer();
  const store = useInstallOfferStore();
  const guideOpen = useGuideOpen();
  const hasNotes = useHasNotes();
  const [route] = useRoute();
  const [dismissed, setDismissed] = useState(readInstallDismissed);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);

  const asked = guideOpen && (offer.kind === 'ios-guide' || offer.kind === 'browser-menu');
  const suggested =
    !dismissed && hasNotes && SUGGEST_ON.has(route.name) && (offer.kind === 'prompt' || offer.kind === 'ios-guide');

  useEffect(() => {
    // Asked for from a button: take the reader there, and back again on close. A suggestion
    // never steals focus.
    if (!asked) return;
    opener.current = document.activeElement;
    heading.current?.focus();
  }, [asked]);

  if (!asked && !suggested) return null;

  const dismiss = (): void => {
    rememberInstallDismissed();
    setDismissed(true);
  };

  const close = (): void => {
    if (!asked) dismiss();
    store.setGuideOpen(false);
    const back =
      opener.current instanceof HTMLElement && opener.current.isConnected
        ? opener.current
        : document.getElementById(INSTALL_MENU_ITEM_ID);
    (back ?? document.getElementById('main'))?.focus();
  };

  const install = async (): Promise<void> => {
    if ((await store.prompt()) === 'dismissed') dismiss();
  };

  const kind = offer.kind;
  return (
    <section id="install-panel" className="install-panel" aria-labelledby="install-panel-heading">
      <h2 id="install-panel-heading" ref={heading} tabIndex={-1}>
        {kind === 'ios-guide'
          ? t('guide.title')
          : kind === 'browser-menu'
            ? t('browserMenu.title')
            : t('suggest.title')}
      </h2>
      {kind === 'ios-guide' ? (
        <HomeScreenGuide />
      ) : kind === 'browser-menu' ? (
        <BrowserMenuGuide />
      ) : (
        <p>{t('suggest.body')}</p>
      )}
      <div className="install-panel__actions">
        {kind === 'prompt' && (
          <button type="button" className="button button--primary" onClick={() => void install()}>
            {t('suggest.install')}
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          {kind === 'prompt' ? t('suggest.notNow') : t('guide.close')}
        </button>
      </div>
    </section>
  );
}

/**
 * On the notes page, on an iPad or iPhone: Safari's 7-day rule in plain words, and the two ways
 * round it (the Home Screen, or a backup file). Other browsers keep notes until the user clears
 * them; the notes page's storage status says whether the browser promised to.
 */
export function SafariStorageNote() {
  const { t } = useInstallStrings();
  const store = useInstallOfferStore();
  const { env } = store;
  if (env.navigator.standalone === true) {
    return (
      <section className="install-storage-note" aria-labelledby="install-storage-heading">
        <h2 id="install-storage-heading">{t('storage.heading')}</h2>
        <p>{t('storage.home')}</p>
      </section>
    );
  }
  if (!isAppleMobileTab(env)) return null;
  return (
    <section className="install-storage-note" aria-labelledby="install-storage-heading">
      <h2 id="install-storage-heading">{t('storage.heading')}</h2>
      <p>{t('storage.tab')}</p>
      <p>{t('storage.advice')}</p>
      <button type="button" className="button" onClick={() => store.setGuideOpen(true)}>
        {t('storage.showGuide')}
      </button>
    </section>
  );
}

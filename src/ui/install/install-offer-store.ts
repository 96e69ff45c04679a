/**
 * The browser's ways to install the app, as one small store the menu item, the panel and the notes
 * page share. Chrome, Edge and Android offer `beforeinstallprompt` (captured by index.html's inline
 * script before any of this has loaded, since it may come only once, and kept from showing the
 * browser's own banner on first load); iOS and iPadOS have no install prompt, only Safari's share
 * menu ("Del → Føj til hjemmeskærm"), which a guide explains.
 */
import { CAPTURED_PROMPT_KEY, installWay, isStandalone } from './install-way';
import type { BeforeInstallPromptEvent, InstallEnvironment } from './install-way';

export type InstallOffer =
  /** The browser can install the app at a tap (Chromebook, Android, Windows with Chrome or Edge). */
  | { readonly kind: 'prompt' }
  /** A browser that installs from its own menu, without offering the event now. */
  | { readonly kind: 'browser-menu' }
  /** iPad or iPhone, in the browser: only the share menu can put the app on the Home Screen. */
  | { readonly kind: 'ios-guide' }
  /** Already running as an installed app, or a browser that cannot install web apps. */
  | { readonly kind: 'none'; readonly installed: boolean };

export interface InstallOfferStore {
  /** The window and navigator it reads (the page's, or a test's fake iPad). */
  readonly env: InstallEnvironment;
  get(): InstallOffer;
  subscribe(listener: () => void): () => void;
  /** Shows the browser's install dialog; 'unavailable' if there is no prompt to show. */
  prompt(): Promise<'accepted' | 'dismissed' | 'unavailable'>;
  /** Whether the guide is open (asked for from the menu item or the notes page). */
  guideOpen(): boolean;
  setGuideOpen(open: boolean): void;
  /** Stops listening to the window (tests; the app's store lives as long as the page). */
  dispose(): void;
}

/**
 * Listens from creation on (a later `beforeinstallprompt` must not be missed) until dispose().
 * The captured event lives on window, where index.html's script also puts it.
 */
export function createInstallOfferStore(env: InstallEnvironment): InstallOfferStore {
  const listeners = new Set<() => void>();
  let installed = false;
  let guide = false;
  let offer = compute();

  function compute(): InstallOffer {
    const way = installWay(env);
    if (installed) return { kind: 'none', installed: true };
    if (way === 'home-screen') return { kind: 'ios-guide' };
    if (way === 'browser') return env.window[CAPTURED_PROMPT_KEY] ? { kind: 'prompt' } : { kind: 'browser-menu' };
    return { kind: 'none', installed: isStandalone(env) };
  }

  function notify(): void {
    for (const listener of listeners) listener();
  }

  function changed(): void {
    offer = compute();
    notify();
  }

  const onPrompt = (event: Event): void => {
    event.preventDefault();
    env.window[CAPTURED_PROMPT_KEY] = event as BeforeInstallPromptEvent;
    changed();
  };
  const onInstalled = (): void => {
    installed = true;
    env.window[CAPTURED_PROMPT_KEY] = undefined;
    changed();
  };
  env.window.addEventListener('beforeinstallprompt', onPrompt);
  env.window.addEventListener('appinstalled', onInstalled);

  return {
    env,
    get: () => offer,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async prompt() {
      const event = env.window[CAPTURED_PROMPT_KEY];
      if (!event) return 'unavailable';
      // An event prompts once; the browser sends a new one if installing is still possible.
      env.window[CAPTURED_PROMPT_KEY] = undefined;
      try {
        await event.prompt();
        const { outcome } = await event.userChoice;
        if (outcome === 'accepted') installed = true;
        return outcome;
      } catch {
        return 'unavailable';
      } finally {
        changed();
      }
    },
    guideOpen: () => guide,
    setGuideOpen(open) {
      if (guide === open) return;
      guide = open;
      notify();
    },
    dispose() {
      env.window.removeEventListener('beforeinstallprompt', onPrompt);
      env.window.removeEventListener('appinstalled', onInstalled);
      listeners.clear();
    },
  };
}

let pageStore: InstallOfferStore | undefined;

/** The page's own store, created on first use and kept for the page's life. */
export function pageInstallOffer(): InstallOfferStore {
  pageStore ??= createInstallOfferStore({ window, navigator });
  return pageStore;
}

/*
 * How this browser installs web apps, decided at once (the menu item is on the first screen and
 * must not appear late and push the page down). Shared with the lazy install-offer-store.ts.
 */

/** Chrome's install event (not in TypeScript's DOM types: it never became a standard). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ readonly outcome: 'accepted' | 'dismissed' }>;
}

/** Where index.html's inline script keeps the event; the name must match it. */
export const CAPTURED_PROMPT_KEY = 'samarbejdskortInstallPrompt';

export interface InstallEnvironment {
  readonly window: Window & { [CAPTURED_PROMPT_KEY]?: BeforeInstallPromptEvent | undefined };
  readonly navigator: Navigator & { readonly standalone?: boolean };
}

/**
 * - 'browser': Chrome, Edge, Chromebook, Android: the install event, or the browser's own menu
 *   when the event does not come (Chrome holds it back for months after a "no").
 * - 'home-screen': iPad and iPhone in a browser tab: only Safari's share menu can install.
 * - 'none': already installed, or a browser that cannot install web apps (Firefox on a desktop).
 */
export type InstallWay = 'browser' | 'home-screen' | 'none';

/**
 * Running from the Home Screen or as an installed app. `navigator.standalone` is Apple's own flag
 * (iOS and iPadOS only); display-mode is everyone else's (Safari has it from 15.4 too).
 */
export function isStandalone(env: InstallEnvironment): boolean {
  if (env.navigator.standalone === true) return true;
  return typeof env.window.matchMedia === 'function' && env.window.matchMedia('(display-mode: standalone)').matches;
}

/**
 * iOS or iPadOS in a browser tab. Only Apple's WebKit on those systems has `navigator.standalone`
 * (false in a tab), which also catches iPadOS Safari posing as a Mac.
 */
export function isAppleMobileTab(env: InstallEnvironment): boolean {
  return env.navigator.standalone === false;
}

export function installWay(env: InstallEnvironment): InstallWay {
  if (isStandalone(env)) return 'none';
  if (isAppleMobileTab(env)) return 'home-screen';
  // Only browsers that can install web apps know the event (feature detection, not user agents).
  return 'onbeforeinstallprompt' in env.window ? 'browser' : 'none';
}

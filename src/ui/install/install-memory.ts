/** Where a dismissed install suggestion is remembered (never rename without reading the old key). */
export const INSTALL_DISMISSED_KEY = 'samarbejdskort.installSuggestionDismissed' as const;

export function readInstallDismissed(): boolean {
  try {
    return (globalThis.localStorage?.getItem(INSTALL_DISMISSED_KEY) ?? null) !== null;
  } catch {
    return false;
  }
}

export function rememberInstallDismissed(now: Date = new Date()): void {
  try {
    globalThis.localStorage?.setItem(INSTALL_DISMISSED_KEY, now.toISOString());
  } catch {
    // Storage blocked (private mode): the suggestion may come back next visit; the menu item stays.
  }
}

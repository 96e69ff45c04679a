/*
 * Where the engines are, without loading their drivers (the runner checks these before it starts).
 * Chromium's is support/chromium.ts's chromePath().
 */

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

/** Debian's webkit2gtk-driver (on PATH) unless WEBKIT_WEBDRIVER says otherwise. */
export function webkitDriverPath(): string {
  return process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver';
}

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createInstallOfferStore } from '../../../src/ui/install/install-offer-store';
import { CAPTURED_PROMPT_KEY, installWay, isStandalone } from '../../../src/ui/install/install-way';
import {
  CHROMEBOOK,
  FIREFOX,
  fakeInstallEnv,
  fakeInstallPrompt,
  IPAD_HOME_SCREEN,
  IPAD_SAFARI,
} from './fake-install-env';

describe('how a browser installs', () => {
  it('tells the ways apart by features, not by user agent', () => {
    expect(installWay(fakeInstallEnv(CHROMEBOOK))).toBe('browser');
    expect(installWay(fakeInstallEnv(IPAD_SAFARI))).toBe('home-screen');
    expect(installWay(fakeInstallEnv(IPAD_HOME_SCREEN))).toBe('none');
    expect(installWay(fakeInstallEnv(FIREFOX))).toBe('none');
    expect(installWay(fakeInstallEnv({ ...CHROMEBOOK, displayStandalone: true }))).toBe('none');
  });

  it("knows an installed app by display-mode as well as by Apple's flag", () => {
    expect(isStandalone(fakeInstallEnv({ displayStandalone: true }))).toBe(true);
    expect(isStandalone(fakeInstallEnv(IPAD_HOME_SCREEN))).toBe(true);
    expect(isStandalone(fakeInstallEnv(IPAD_SAFARI))).toBe(false);
  });
});

describe('install offer', () => {
  it('offers nothing in a browser that cannot install web apps', () => {
    expect(createInstallOfferStore(fakeInstallEnv(FIREFOX)).get()).toEqual({ kind: 'none', installed: false });
  });

  it('points to the browser menu until beforeinstallprompt arrives, then offers the dialog and keeps the banner away', () => {
    const env = fakeInstallEnv(CHROMEBOOK);
    const store = createInstallOfferStore(env);
    expect(store.get()).toEqual({ kind: 'browser-menu' });
    let changes = 0;
    store.subscribe(() => (changes += 1));
    const event = fakeInstallPrompt();
    env.window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(store.get()).toEqual({ kind: 'prompt' });
    expect(changes).toBe(1);
  });

  it('uses an event that index.html caught before the app loaded', () => {
    const env = fakeInstallEnv(CHROMEBOOK);
    env.window[CAPTURED_PROMPT_KEY] = fakeInstallPrompt();
    expect(createInstallOfferStore(env).get()).toEqual({ kind: 'prompt' });
  });

  it('prompts once: accepted means installed, and the spent event is gone', async () => {
    const env = fakeInstallEnv(CHROMEBOOK);
    const store = createInstallOfferStore(env);
    const event = fakeInstallPrompt('accepted');
    env.window.dispatchEvent(event);
    await expect(store.prompt()).resolves.toBe('accepted');
    expect(event.prompt).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ kind: 'none', installed: true });
    await expect(store.prompt()).resolves.toBe('unavailable');
  });

  it('after "no" in the browser dialog falls back to the menu until the browser offers again', async () => {
    const env = fakeInstallEnv(CHROMEBOOK);
    const store = createInstallOfferStore(env);
    env.window.dispatchEvent(fakeInstallPrompt('dismissed'));
    await expect(store.prompt()).resolves.toBe('dismissed');
    expect(store.get()).toEqual({ kind: 'browser-menu' });
    env.window.dispatchEvent(fakeInstallPrompt());
    expect(store.get()).toEqual({ kind: 'prompt' });
  });

  it('stops offering once the app is installed (appinstalled)', () => {
    const env = fakeInstallEnv(CHROMEBOOK);
    const store = createInstallOfferStore(env);
    env.window.dispatchEvent(fakeInstallPrompt());
    env.window.dispatchEvent(new Event('appinstalled'));
    expect(store.get()).toEqual({ kind: 'none', installed: true });
  });

  it('offers the Home Screen guide in Safari on an iPad, and nothing from the Home Screen', () => {
    expect(createInstallOfferStore(fakeInstallEnv(IPAD_SAFARI)).get()).toEqual({ kind: 'ios-guide' });
    expect(createInstallOfferStore(fakeInstallEnv(IPAD_HOME_SCREEN)).get()).toEqual({ kind: 'none', installed: true });
  });

  it('stops listening when disposed', () => {
    const env = fakeInstallEnv(CHROMEBOOK);
    const store = createInstallOfferStore(env);
    store.dispose();
    const event = fakeInstallPrompt();
    env.window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(store.get()).toEqual({ kind: 'browser-menu' });
  });

  it('index.html catches the early event under the name the store reads', () => {
    const html = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../index.html'), 'utf8');
    const script = /<script>([^<]*beforeinstallprompt[^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain('preventDefault()');
    expect(script).toContain(`window.${CAPTURED_PROMPT_KEY} = e`);
  });
});

import { vi } from 'vitest';
import type { BeforeInstallPromptEvent, InstallEnvironment } from '../../../src/ui/install/install-way';

export interface FakeDevice {
  /** Apple's navigator.standalone: false in Safari on iPad/iPhone, true from the Home Screen, absent elsewhere. */
  readonly standalone?: boolean;
  /** display-mode: standalone (an installed app on Chrome, Edge, Android). */
  readonly displayStandalone?: boolean;
  /** Chrome, Edge, Android: the browser knows beforeinstallprompt (Firefox and Safari do not). */
  readonly installEvent?: boolean;
}

export const CHROMEBOOK: FakeDevice = { installEvent: true };
export const IPAD_SAFARI: FakeDevice = { standalone: false };
export const IPAD_HOME_SCREEN: FakeDevice = { standalone: true };
export const FIREFOX: FakeDevice = {};

/** A window and navigator as a given device's browser shows them to the app. */
export function fakeInstallEnv({
  standalone,
  displayStandalone = false,
  installEvent = false,
}: FakeDevice = {}): InstallEnvironment {
  const win = Object.assign(new EventTarget(), {
    matchMedia: (query: string) => ({ matches: displayStandalone && query === '(display-mode: standalone)' }),
    ...(installEvent ? { onbeforeinstallprompt: null } : {}),
  });
  const nav = standalone === undefined ? {} : { standalone };
  return { window: win as unknown as InstallEnvironment['window'], navigator: nav as InstallEnvironment['navigator'] };
}

/** Chrome's beforeinstallprompt, answering the dialog with `outcome`. */
export function fakeInstallPrompt(outcome: 'accepted' | 'dismissed' = 'accepted') {
  const event = new Event('beforeinstallprompt', { cancelable: true }) as BeforeInstallPromptEvent & {
    prompt: ReturnType<typeof vi.fn>;
  };
  Object.assign(event, {
    prompt: vi.fn(() => Promise.resolve()),
    userChoice: Promise.resolve({ outcome }),
  });
  return event;
}

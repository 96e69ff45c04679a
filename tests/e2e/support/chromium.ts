import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

/** Debian's Chromium unless CHROME_PATH says otherwise (see TOOLCHAIN.md). */
export function chromePath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/**
 * Flags for Chromium as root in a sandboxed machine. Without the networking ones it keeps trying to
 * reach Google's servers, which would also trip the request guard's spirit if not its letter.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

export const PHONE: Viewport = { width: 390, height: 844 };
export const TABLET: Viewport = { width: 820, height: 1180 };
export const TABLET_LANDSCAPE: Viewport = { width: 1180, height: 820 };

export interface BrowserSession {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A persistent context on a fresh temporary profile: an incognito context (launch + newContext) makes
 * CDP's installability check answer "in-incognito", and a fresh profile keeps runs independent.
 */
export async function launchBrowser(
  options: { viewport?: Viewport; deviceScaleFactor?: number } = {},
): Promise<BrowserSession> {
  const profileDir = await mkdtemp(join(tmpdir(), 'samarbejdskort-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromePath(),
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: options.viewport ?? TABLET,
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      // The users are Danish pupils and teachers; the app must still default to Danish on its own.
      locale: 'da-DK',
      serviceWorkers: 'allow',
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  // tsx compiles with esbuild's keepNames, which wraps named functions inside page.evaluate callbacks
  // in a `__name(fn, "name")` helper that exists only in Node; give pages a no-op one.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

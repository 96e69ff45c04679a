import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './chromium';
import type { BrowserSession, Viewport } from './chromium';
import { startPreview } from './preview-server';
import type { PreviewServer } from './preview-server';
import { guardRequests } from './request-guard';
import type { RequestGuard } from './request-guard';

export interface JourneyWorld {
  readonly server: PreviewServer;
  readonly context: BrowserContext;
  /** The context's first page; journeys may open and close more. */
  readonly page: Page;
  readonly guard: RequestGuard;
}

export interface E2eSession {
  /** One behaviour, as a person would do it. Fails if any request left the origin or the page threw. */
  journey(name: string, body: (world: JourneyWorld) => Promise<void>, options?: { timeoutMs?: number }): void;
}

/**
 * Per spec file: its own `vite preview` on a free port and its own Chromium on a fresh persistent
 * profile, so files never share storage, service workers or a server (offline.spec stops its server).
 */
export function e2eSession(options: { viewport?: Viewport } = {}): E2eSession {
  let server: PreviewServer | undefined;
  let browser: BrowserSession | undefined;
  let guard: RequestGuard | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  const watch = (p: Page): void => {
    p.on('pageerror', (error) => pageErrors.push(`${p.url()}: ${error.message}`));
  };

  before(async () => {
    server = await startPreview();
    browser = await launchBrowser(options.viewport ? { viewport: options.viewport } : {});
    guard = guardRequests(browser.context, server.origin);
    browser.context.on('page', watch);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    watch(page);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    journey(name, body, { timeoutMs = 60_000 } = {}) {
      test(name, { timeout: timeoutMs }, async () => {
        if (!server || !browser || !guard || !page) throw new Error('e2e session did not start');
        pageErrors.length = 0;
        if (page.isClosed()) page = await browser.context.newPage();
        await body({ server, context: browser.context, page, guard });
        guard.assertNone();
        if (pageErrors.length > 0) throw new Error(`Uncaught errors in the page:\n  ${pageErrors.join('\n  ')}`);
      });
    },
  };
}

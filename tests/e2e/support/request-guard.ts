import type { BrowserContext, Request } from 'playwright-core';

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:', 'devtools:']);

export interface RequestGuard {
  /** Every request seen whose origin was not the app's, as "METHOD url (resourceType)". */
  readonly foreign: readonly string[];
  /** Throws, listing them, if any request left the app's origin since the last check. */
  assertNone(): void;
}

/**
 * Records every request of the context (pages and, in Chromium, service workers) that is not for the
 * preview origin. The house rule is that nothing leaves the app's own origin: no fonts, CDNs, analytics.
 */
export function guardRequests(context: BrowserContext, origin: string): RequestGuard {
  const foreign: string[] = [];
  const onRequest = (request: Request): void => {
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      foreign.push(`${request.method()} ${request.url()} (unparseable)`);
      return;
    }
    if (LOCAL_SCHEMES.has(url.protocol) || url.origin === origin) return;
    foreign.push(`${request.method()} ${request.url()} (${request.resourceType()})`);
  };
  context.on('request', onRequest);
  return {
    foreign,
    assertNone() {
      if (foreign.length === 0) return;
      const list = foreign
        .splice(0)
        .map((r) => `  - ${r}`)
        .join('\n');
      throw new Error(`Requests left the app's origin ${origin}:\n${list}`);
    },
  };
}

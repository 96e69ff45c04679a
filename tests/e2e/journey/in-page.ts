/**
 * Code that runs inside the page, the same in every engine. Each function is shipped as source text
 * (`inPage(fn, arg)`), so it must be self-contained: no closures over Node values, JSON in and out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import { PROJECT_ROOT } from '../support/preview-server';

/**
 * Every expression first sets up two things the page keeps until it navigates: tsx compiles with
 * esbuild's keepNames, which wraps named inner functions in a `__name` helper that exists only in
 * Node; and an error trap, because WebKitWebDriver reports no page errors to the test.
 */
const PRELUDE = `
  globalThis.__name ??= (fn) => fn;
  if (!globalThis.__journeyErrors) {
    globalThis.__journeyErrors = [];
    addEventListener('error', (e) => globalThis.__journeyErrors.push(String(e.message || e.error)));
    addEventListener('unhandledrejection', (e) => globalThis.__journeyErrors.push('unhandled rejection: ' + String(e.reason && e.reason.message || e.reason)));
  }
`;

/** An expression that runs `fn(arg)` in the page and evaluates to its (awaited) result. */
export function inPage<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): string {
  return `(async () => { ${PRELUDE}; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
}

const require = createRequire(import.meta.url);

/** axe-core's minified build, for the audits. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Testing Library's role queries, bundled once for the page (global `__testingLibrary`): the same
 * role and accessible-name computation as the unit tests, in every engine.
 */
export const TESTING_LIBRARY_SOURCE =
  buildSync({
    stdin: { contents: "export { queryAllByRole } from '@testing-library/dom';", resolveDir: PROJECT_ROOT },
    bundle: true,
    format: 'iife',
    globalName: '__testingLibrary',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    write: false,
  }).outputFiles[0]?.text ?? '';

/** An exact name, or a pattern (RegExp does not survive JSON). */
export type NameMatch = string | { readonly pattern: string; readonly flags?: string };

export interface RoleQuery {
  readonly role: string;
  readonly name: NameMatch;
  /** Only inside this element (e.g. the radio group "Jeg er …"). */
  readonly within?: RoleQuery;
}

export type FindResult =
  | { readonly status: 'missing' }
  | { readonly status: 'found'; readonly selector: string }
  | { readonly status: 'none' | 'many'; readonly candidates: readonly string[] };

/**
 * Finds the one element a person would call "the <role> <name>" with Testing Library's
 * queryAllByRole (elements hidden from assistive technology, like the turned-away side of a card,
 * do not count). Marks it with data-journey-target so the driver can aim a real click at it.
 */
export const findByRoleInPage = (query: RoleQuery): FindResult => {
  type Query = (scope: Element, role: string, options?: { name?: string | RegExp }) => Element[];
  const w = globalThis as unknown as { __testingLibrary?: { queryAllByRole: Query }; __journeyTarget?: number };
  const byRole = w.__testingLibrary?.queryAllByRole;
  if (!byRole) return { status: 'missing' };
  const name = (want: NameMatch): string | RegExp =>
    typeof want === 'string' ? want : new RegExp(want.pattern, want.flags ?? '');
  const find = (q: RoleQuery): Element[] =>
    (q.within ? find(q.within) : [document.body]).flatMap((scope) => byRole(scope, q.role, { name: name(q.name) }));
  const found = find(query);
  const target = found[0];
  if (found.length !== 1 || !target) {
    const seen = byRole(document.body, query.role).map(
      (el) => `${query.role} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
    );
    return { status: found.length === 0 ? 'none' : 'many', candidates: seen };
  }
  w.__journeyTarget = (w.__journeyTarget ?? 0) + 1;
  target.setAttribute('data-journey-target', String(w.__journeyTarget));
  return { status: 'found', selector: `[data-journey-target="${w.__journeyTarget}"]` };
};

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** All of axe's default rules on the whole page (axe must be injected). */
export const axeViolationsInPage = async (): Promise<AxeViolation[]> => {
  type Violation = {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: string[]; failureSummary?: string }[];
  };
  const axe = (globalThis as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } })
    .axe;
  const results = await axe.run(document, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({
    id: v.id,
    impact: String(v.impact ?? 'n/a'),
    help: v.help,
    targets: v.nodes
      .slice(0, 5)
      .map((n) => `${n.target.join(' ')}: ${String(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
  }));
};

export const hasGlobalInPage = (name: string): boolean => name in globalThis;

/** True if some visible element's own text is exactly `text` (e.g. the progress "2 af 3"). */
export const hasExactTextInPage = (text: string): boolean =>
  [...document.body.querySelectorAll('*')].some(
    (el) => el.children.length === 0 && (el.textContent ?? '').trim() === text && el.getClientRects().length > 0,
  );

/**
 * Waits until the page has loaded and its after-load work (the app starts it when the page is idle:
 * lazy screens, the service worker, preloads) has stopped loading files: resource timing gains no
 * entry for half a second. A navigation while loads are in flight cuts them off, and Firefox then
 * reports "Failed to load … A ServiceWorker intercepted the request" as a page error.
 */
export const loadsQuietInPage = async (): Promise<void> => {
  // The blank page a browser starts on loads nothing. Stays under every engine's script timeout.
  if (location.protocol === 'about:') return;
  const deadline = Date.now() + 8_000;
  const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
  while (document.readyState !== 'complete' && Date.now() < deadline) await pause(100);
  if (typeof requestIdleCallback === 'function') await new Promise((r) => requestIdleCallback(r, { timeout: 2_000 }));
  let seen = -1;
  while (seen !== performance.getEntriesByType('resource').length && Date.now() < deadline) {
    seen = performance.getEntriesByType('resource').length;
    await pause(500);
  }
};

export const valueInPage = (selector: string): string | null => {
  const el = document.querySelector(selector);
  return el && 'value' in el ? String(el.value) : null;
};

/**
 * Wakes a prerendered page's app as a reader's key would, and waits until React has hydrated it:
 * what React removed from #root meanwhile (a hydration that finds a difference redraws) and whether
 * the app is there. A difference is also reported as a page error (React's `reportError`).
 */
export const hydrateInPage = async (): Promise<{ removed: string[]; interactive: boolean; app: boolean }> => {
  const removed: string[] = [];
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations)
      for (const node of m.removedNodes) if (node instanceof Element) removed.push(node.outerHTML.slice(0, 80));
  });
  const root = document.getElementById('root');
  if (root) observer.observe(root, { childList: true, subtree: true });
  dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
  const interactive = () => performance.getEntriesByName('samarbejdskort:interactive').length > 0;
  for (const deadline = Date.now() + 15_000; !interactive() && Date.now() < deadline;)
    await new Promise((resolve) => setTimeout(resolve, 20));
  // One more frame: a recoverable hydration error is reported after the commit.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  observer.disconnect();
  return { removed, interactive: interactive(), app: document.querySelector('#root main') !== null };
};

export const takeErrorsInPage = (): string[] => {
  const w = globalThis as unknown as { __journeyErrors?: string[] };
  return (w.__journeyErrors ?? []).splice(0);
};

/**
 * Every request this document made (resource timing) whose origin is not the page's. Service
 * worker requests are not in it; the precache only ever asks its own origin (see offline.spec).
 */
export const foreignRequestsInPage = (): string[] => {
  // The blank page a browser starts on has no requests (Firefox names its entry "document").
  if (location.protocol === 'about:') return [];
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return entries
    .map((e) => e.name)
    .filter((name) => {
      try {
        const url = new URL(name);
        return !['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== location.origin;
      } catch {
        return true;
      }
    });
};

export interface ServiceWorkerState {
  readonly supported: boolean;
  readonly activeState: string | null;
  readonly controlled: boolean;
}

export const serviceWorkerInPage = async (): Promise<ServiceWorkerState> => {
  if (!('serviceWorker' in navigator)) return { supported: false, activeState: null, controlled: false };
  const registration = await navigator.serviceWorker.getRegistration();
  return {
    supported: true,
    activeState: registration?.active?.state ?? null,
    controlled: navigator.serviceWorker.controller !== null,
  };
};

/** A URL no cache holds: answered only by a live server. */
export const fetchUncachedInPage = async (): Promise<string> => {
  try {
    const response = await fetch(`/journey-probe-${Date.now()}.txt`, { cache: 'no-store' });
    return `answered ${response.status}`;
  } catch (error) {
    return `failed: ${String(error)}`;
  }
};

/**
 * Code that runs inside the page, the same in every engine. Each function is shipped as source text
 * (`inPage(fn, arg)`), so it must be self-contained: no closures over Node values, JSON in and out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

/** axe-core's minified build: role and accessible-name computation for lookups, and the audits. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The parts of axe-core's API the journey uses (its internals for roles and names are stable since 4.0). */
interface AxeApi {
  setup(root: Element): unknown;
  teardown(): void;
  utils: { getNodeFromTree(el: Element): unknown };
  commons: {
    aria: { getRole(node: unknown): string | null };
    dom: { isVisibleToScreenReaders(node: unknown): boolean; isVisibleOnScreen(el: Element): boolean };
    text: { accessibleTextVirtual(node: unknown): string | undefined };
  };
  run(context: Document, options: object): Promise<{
    violations: { id: string; impact?: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
  }>;
}

/** An exact name, or a pattern (RegExp does not survive JSON). */
export type NameMatch = string | { readonly pattern: string; readonly flags?: string };

export interface RoleQuery {
  readonly role: string;
  readonly name: NameMatch;
  /** Only inside this element (e.g. the radio group "Jeg er …"). */
  readonly within?: RoleQuery;
}

export type FindResult =
  | { readonly status: 'no-axe' }
  | { readonly status: 'found'; readonly selector: string }
  | { readonly status: 'none' | 'many'; readonly candidates: readonly string[] };

/**
 * Finds the one element a person would call "the <role> <name>": role and accessible name as axe
 * computes them (the same computation in every engine), visible on screen and to screen readers
 * (so the inert, aria-hidden side of a card does not count). Marks it with data-journey-target so
 * the driver can aim a real click at it.
 */
export const findByRoleInPage = (query: RoleQuery): FindResult => {
  const w = globalThis as unknown as { axe?: AxeApi; __journeyTarget?: number };
  const axe = w.axe;
  if (!axe) return { status: 'no-axe' };
  const matches = (name: string, want: NameMatch): boolean =>
    typeof want === 'string' ? name === want : new RegExp(want.pattern, want.flags ?? '').test(name);
  axe.setup(document.documentElement);
  try {
    const find = (q: RoleQuery, scope: Element): { found: Element[]; seen: string[] } => {
      const scopes = q.within ? find(q.within, scope).found : [scope];
      const found: Element[] = [];
      const seen: string[] = [];
      for (const root of scopes) {
        for (const el of root.querySelectorAll('*')) {
          const node = axe.utils.getNodeFromTree(el);
          if (!node || axe.commons.aria.getRole(node) !== q.role) continue;
          if (!axe.commons.dom.isVisibleToScreenReaders(node) || !axe.commons.dom.isVisibleOnScreen(el)) continue;
          const name = String(axe.commons.text.accessibleTextVirtual(node) ?? '').replace(/\s+/g, ' ').trim();
          seen.push(`${q.role} "${name}"`);
          if (matches(name, q.name)) found.push(el);
        }
      }
      return { found, seen };
    };
    const { found, seen } = find(query, document.body);
    if (found.length !== 1) return { status: found.length === 0 ? 'none' : 'many', candidates: seen };
    const target = found[0] as Element;
    w.__journeyTarget = (w.__journeyTarget ?? 0) + 1;
    target.setAttribute('data-journey-target', String(w.__journeyTarget));
    return { status: 'found', selector: `[data-journey-target="${w.__journeyTarget}"]` };
  } finally {
    axe.teardown();
  }
};

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** All of axe's default rules on the whole page (axe must be injected). */
export const axeViolationsInPage = async (): Promise<AxeViolation[]> => {
  const axe = (globalThis as unknown as { axe: AxeApi }).axe;
  const results = await axe.run(document, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({
    id: v.id,
    impact: String(v.impact ?? 'n/a'),
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${String(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
  }));
};

export const hasAxeInPage = (): boolean => 'axe' in globalThis;

/** True if some visible element's own text is exactly `text` (e.g. the progress "2 af 3"). */
export const hasExactTextInPage = (text: string): boolean =>
  [...document.body.querySelectorAll('*')].some(
    (el) => el.children.length === 0 && (el.textContent ?? '').trim() === text && el.getClientRects().length > 0,
  );

export const valueInPage = (selector: string): string | null => {
  const el = document.querySelector(selector);
  return el && 'value' in el ? String(el.value) : null;
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

export const serviceWorkerInPage = async (waitForReady: boolean): Promise<ServiceWorkerState> => {
  if (!('serviceWorker' in navigator)) return { supported: false, activeState: null, controlled: false };
  // `ready` never settles without a registration: give up after 10 s (below every protocol timeout).
  const registration = waitForReady
    ? await Promise.race([navigator.serviceWorker.ready, new Promise<undefined>((r) => setTimeout(r, 10_000))])
    : await navigator.serviceWorker.getRegistration();
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

export interface StoredNote {
  readonly cardId: string;
  readonly text: string;
}

/** Every note in IndexedDB, read without ever creating the database (that would rob the app of its upgrade). */
export const storedNotesInPage = async ({ db, store }: { db: string; store: string }): Promise<StoredNote[]> => {
  const names = await indexedDB.databases();
  if (!names.some((d) => d.name === db)) return [];
  const conn = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(db);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    if (!conn.objectStoreNames.contains(store)) return [];
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const req = conn.transaction(store, 'readonly').objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return all.map((n) => {
      const note = n as { cardId: unknown; text: unknown };
      return { cardId: String(note.cardId), text: String(note.text) };
    });
  } finally {
    conn.close();
  }
};

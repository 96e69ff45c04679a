/**
 * The page as a person meets it, on top of any BrowserDriver: find things by role and name, click,
 * type, read, and check (axe, touch targets, requests, errors). Lookups retry until the element
 * appears, like Playwright's locators, so the journey never sleeps.
 */
import { readStoreInPage, settleInPage } from '../support/app';
import type { StoredNote } from '../support/app';
import { MIN_TARGET_PX, smallTargetsInPage } from '../support/touch-targets';
import type { SmallTarget } from '../support/touch-targets';
import { waitUntil } from '../support/wait';
import type { BrowserDriver } from './browser-driver';
import {
  AXE_SOURCE,
  axeViolationsInPage,
  fetchUncachedInPage,
  findByRoleInPage,
  foreignRequestsInPage,
  hasGlobalInPage,
  hasExactTextInPage,
  hydrateInPage,
  inPage,
  loadsQuietInPage,
  serviceWorkerInPage,
  takeErrorsInPage,
  TESTING_LIBRARY_SOURCE,
  valueInPage,
} from './in-page';
import type { AxeViolation, FindResult, NameMatch, RoleQuery, ServiceWorkerState } from './in-page';

const DEFAULT_TIMEOUT_MS = 10_000;

function isLocal(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    return ['data:', 'blob:', 'about:'].includes(parsed.protocol) || parsed.origin === origin;
  } catch {
    return false;
  }
}

export function pattern(re: RegExp): NameMatch {
  return { pattern: re.source, flags: re.flags };
}

function describeQuery(q: RoleQuery): string {
  const name = typeof q.name === 'string' ? `"${q.name}"` : `/${q.name.pattern}/${q.name.flags ?? ''}`;
  return `${q.role} ${name}${q.within ? ` in ${describeQuery(q.within)}` : ''}`;
}

export interface Target {
  click(): Promise<void>;
  type(text: string): Promise<void>;
  value(): Promise<string>;
  /** Waits until exactly one such element is visible. */
  waitFor(timeoutMs?: number): Promise<void>;
}

export class JourneyPage {
  /** Requests to other origins and page errors, collected before each navigation wipes them. */
  readonly foreign = new Set<string>();
  readonly errors: string[] = [];

  constructor(
    readonly driver: BrowserDriver,
    /** The app's origin: every request must stay on it. */
    readonly origin: string,
  ) {}

  async goto(url: string): Promise<void> {
    await this.run(loadsQuietInPage, undefined);
    await this.collect();
    await this.driver.goto(url);
  }

  async reload(): Promise<void> {
    await this.run(loadsQuietInPage, undefined);
    await this.collect();
    await this.driver.reload();
  }

  /** Wakes the prerendered page's app (a key) and waits until it has hydrated; see hydrateInPage. */
  async hydrate(): Promise<{ removed: string[]; interactive: boolean; app: boolean }> {
    return this.run(hydrateInPage, undefined);
  }

  private async run<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.driver.evaluate<R>(inPage(fn, arg));
  }

  /** Loads a library into the page once per document (axe as `axe`, Testing Library as `__testingLibrary`). */
  private async inject(global: string, source: string): Promise<void> {
    // Indirect eval runs in the global scope: WebDriver Classic wraps scripts in a function, where
    // a top-level `var` would stay local.
    if (!(await this.run(hasGlobalInPage, global)))
      await this.driver.evaluate(`((0, eval)(${JSON.stringify(source)}), 0)`);
  }

  /** Finds the element now; the candidates seen when it is not (yet) there. */
  private async find(query: RoleQuery): Promise<FindResult> {
    let result = await this.run(findByRoleInPage, query);
    if (result.status === 'missing') {
      await this.inject('__testingLibrary', TESTING_LIBRARY_SOURCE);
      result = await this.run(findByRoleInPage, query);
    }
    return result;
  }

  private async resolve(query: RoleQuery, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
    let last: FindResult | undefined;
    try {
      return await waitUntil(
        `the ${describeQuery(query)}`,
        async () => {
          last = await this.find(query);
          return last.status === 'found' ? last.selector : undefined;
        },
        { timeoutMs },
      );
    } catch (error) {
      const seen =
        last && 'candidates' in last
          ? `\n  ${last.status === 'many' ? 'several matched' : 'saw'}: ${last.candidates.join(', ') || '(none of that role)'}`
          : '';
      throw new Error(`${String(error instanceof Error ? error.message : error)} on ${await this.driver.url()}${seen}`);
    }
  }

  getByRole(role: string, name: NameMatch, within?: RoleQuery): Target {
    const query: RoleQuery = within ? { role, name, within } : { role, name };
    return {
      click: async () => this.driver.click(await this.resolve(query)),
      type: async (text) => this.driver.type(await this.resolve(query), text),
      value: async () => {
        const value = await this.run(valueInPage, await this.resolve(query));
        if (value === null) throw new Error(`the ${describeQuery(query)} has no value`);
        return value;
      },
      waitFor: async (timeoutMs) => {
        await this.resolve(query, timeoutMs);
      },
    };
  }

  async waitForText(text: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    await waitUntil(`the text "${text}" on ${await this.driver.url()}`, () => this.run(hasExactTextInPage, text), {
      timeoutMs,
    });
  }

  async waitForValue(target: Target, expected: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    let last = '';
    await waitUntil(
      `the value "${expected}"`,
      async () => {
        last = await target.value();
        return last === expected;
      },
      { timeoutMs },
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; the field holds "${last}"`);
    });
  }

  serviceWorker(): Promise<ServiceWorkerState> {
    return this.run(serviceWorkerInPage, undefined);
  }

  fetchUncached(): Promise<string> {
    return this.run(fetchUncachedInPage, undefined);
  }

  async storedNotes(db: string, store: string): Promise<StoredNote[]> {
    return (await this.run(readStoreInPage, { db, store })).map((record) => record.value as StoredNote);
  }

  async path(): Promise<string> {
    return new URL(await this.driver.url()).pathname;
  }

  /** axe (every default rule) and 44 px touch targets, after animations have finished. */
  async audit(label: string): Promise<void> {
    await this.run(settleInPage, undefined);
    await this.inject('axe', AXE_SOURCE);
    const violations: AxeViolation[] = await this.run(axeViolationsInPage, undefined);
    const small: SmallTarget[] = await this.run(smallTargetsInPage, MIN_TARGET_PX);
    const problems = [
      ...violations.flatMap((v) => [`[${v.impact}] ${v.id}: ${v.help}`, ...v.targets.map((t) => `    at ${t}`)]),
      ...small.map((t) => `touch target under ${MIN_TARGET_PX} px: ${t.element} ${t.width}×${t.height}`),
    ];
    if (problems.length > 0) {
      throw new Error(`${this.driver.engine}: ${label} (${await this.driver.url()}):\n  ${problems.join('\n  ')}`);
    }
  }

  /** Moves what the current document saw into `foreign` and `errors` (a navigation would lose it). */
  async collect(): Promise<void> {
    for (const url of await this.run(foreignRequestsInPage, undefined)) this.foreign.add(url);
    for (const url of this.driver.takeRequests()) {
      if (!isLocal(url, this.origin)) this.foreign.add(url);
    }
    this.errors.push(...(await this.run(takeErrorsInPage, undefined)));
    this.errors.push(...(this.driver.takeProtocolErrors() ?? []));
  }
}

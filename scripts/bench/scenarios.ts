import type { Page } from 'playwright-core';
import { NOTES_DB, NOTES_STORE } from '../../tests/e2e/support/app';
import type {} from './page-harness';

/** Every metric the bench reports, in table order. */
export const METRICS = {
  cold: 'Cold start, installed app (from the service worker cache)',
  firstVisit: 'First visit (over the network, nothing cached)',
  filter: 'Role-pair filter (one tap)',
  openDeck: 'Open the deck',
  flip: 'Flip a card',
  next: 'Next card',
  searchOpen: 'Open search (first time; loads its code)',
  searchIndex: 'Search index ready (first time)',
  keystroke: 'Search as you type (per keystroke)',
  notes: 'Notes page, as many notes as cards (newest screenful read and drawn; the rest follows)',
} as const;

export type Metric = keyof typeof METRICS;
export type Samples = Map<Metric, number[]>;

/** Which metric each timed interaction of a page was, in order: trace window N is timed[N - 1]. */
export type Timed = Metric[];

/** What the issue holds to one frame (the rest are reported for information). */
export const FRAME_METRICS: readonly Metric[] = ['filter', 'openDeck', 'flip', 'next', 'keystroke', 'notes'];

export interface BenchNote {
  readonly cardId: string;
  readonly text: string;
  /** The edition the note was written against: the build's own, so no "card changed" notices. */
  readonly editionVersion: string;
}

const QUERY = 'samarbejde virksomhed';
const PAIRS = [
  ['elev', 'kommune'],
  ['virksomhed', 'laerer'],
  ['laerer', 'virksomhed'],
] as const;
const FLIPS = 5;

export function add(samples: Samples, metric: Metric, value: number): void {
  samples.set(metric, [...(samples.get(metric) ?? []), value]);
}

/** A pause between interactions, as a person leaves one: earlier work does not spill into the next. */
const settle = (page: Page, ms = 150): Promise<void> => page.waitForTimeout(ms);

/** Opens the start page in a new tab and resolves with the ms from navigation to the app's first render. */
async function start(page: Page, origin: string): Promise<number> {
  await page.goto(`${origin}/`);
  const at = await page.waitForFunction(() => window.__bench.appAt, undefined, { timeout: 60_000 });
  return (await at.jsonValue()) as number;
}

/**
 * One run in a fresh browser profile: a first visit, the installed app's cold start (how a tablet
 * opens it every day, offline or not), then a session as a facilitator would have it.
 */
export async function runSession(
  page: Page,
  origin: string,
  notes: readonly BenchNote[],
  samples: Samples,
  timed: Timed,
): Promise<void> {
  // Every sample below except the starts comes from window.__bench.time(), in this order.
  const measure = (metric: Metric, value: number): void => {
    timed.push(metric);
    add(samples, metric, value);
  };
  add(samples, 'firstVisit', await start(page, origin));
  // The service worker precaches everything now, not during the interactions measured below.
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true), undefined, { timeout: 120_000 });
  for (let i = 0; i < 2; i += 1) {
    const tab = await page.context().newPage();
    add(samples, 'cold', await start(tab, origin));
    if (!(await tab.evaluate(() => navigator.serviceWorker.controller !== null)))
      throw new Error('the installed start was not served by the service worker');
    await tab.close();
  }
  await page.bringToFront();
  await settle(page, 500);

  for (const [from, to] of PAIRS) {
    for (const [group, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      measure(
        'filter',
        await page.evaluate(
          ({ group, value }) => {
            const input = document.querySelector<HTMLInputElement>(`input[name$="-${group}"][value="${value}"]`);
            const status = document.querySelector('.deck-picker__status');
            if (!input || !status) throw new Error(`no ${group} radio ${value}`);
            const before = status.textContent;
            return window.__bench.time(
              () => input.click(),
              () => input.checked && status.textContent !== before,
            );
          },
          { group, value },
        ),
      );
      await settle(page);
    }
  }

  measure(
    'openDeck',
    await page.evaluate(() =>
      window.__bench.time(
        () => document.querySelector<HTMLButtonElement>('.deck-picker__submit')?.click(),
        () => document.querySelector('#main .card__face-button') !== null,
      ),
    ),
  );
  await settle(page, 500);

  for (let i = 0; i < FLIPS; i += 1) {
    measure(
      'flip',
      await page.evaluate(() =>
        window.__bench.time(
          () => document.querySelector<HTMLButtonElement>('#main .card__face-button')?.click(),
          () => document.querySelector('.card--flipped') !== null,
        ),
      ),
    );
    await settle(page);
    measure(
      'next',
      await page.evaluate(() => {
        const progress = document.querySelector('.deck__progress');
        const before = progress?.textContent;
        return window.__bench.time(
          () => {
            // A small deck runs out: then the way back is just as much a move to another card.
            const next = document.querySelector<HTMLButtonElement>('.deck__controls .button--primary');
            (next?.disabled ? document.querySelector<HTMLButtonElement>('.deck__controls .button') : next)?.click();
          },
          () => progress?.textContent !== before && document.querySelector('.card--flipped') === null,
        );
      }),
    );
    await settle(page);
  }

  measure(
    'searchOpen',
    await page.evaluate(() =>
      window.__bench.time(
        () => document.querySelector<HTMLAnchorElement>('.shell-nav a[href="/soeg"]')?.click(),
        () => document.querySelector('.search-page__input') !== null,
      ),
    ),
  );
  measure(
    'searchIndex',
    await page.evaluate(() =>
      window.__bench.time(
        () => {},
        () => document.querySelector('.search-page__results[data-ready="true"]') !== null,
      ),
    ),
  );
  await settle(page, 300);
  for (let length = 1; length <= QUERY.length; length += 1) {
    measure(
      'keystroke',
      await page.evaluate(
        (value) => {
          const input = document.querySelector<HTMLInputElement>('.search-page__input');
          if (!input) throw new Error('no search field');
          const quoted = JSON.stringify(value);
          return window.__bench.time(
            () => window.__bench.type(input, value),
            () => document.querySelector(`.search-page__results[data-query=${quoted}]`) !== null,
          );
        },
        QUERY.slice(0, length),
      ),
    );
    // About the pace of someone typing on a tablet.
    await settle(page, 120);
  }

  // The notes page's code is loaded once first (as on any second visit): the figure is about the notes.
  await page.evaluate(() => document.querySelector<HTMLAnchorElement>('.shell-nav a[href="/noter"]')?.click());
  await page.waitForSelector('.notes-page');
  await page.evaluate(() => document.querySelector<HTMLAnchorElement>('.shell-nav a[href="/"]')?.click());
  await page.waitForSelector('.deck-picker');
  await seedNotes(page, notes);
  await settle(page, 300);
  measure(
    'notes',
    await page.evaluate(() =>
      window.__bench.time(
        () => document.querySelector<HTMLAnchorElement>('.shell-nav a[href="/noter"]')?.click(),
        () => document.querySelector('.notes-page__item') !== null,
      ),
    ),
  );
}

/** Writes the notes straight into the app's database (which the app has created by now). */
async function seedNotes(page: Page, notes: readonly BenchNote[]): Promise<void> {
  await page.evaluate(
    async ({ list, dbName, storeName }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(storeName, 'readwrite');
        const store = tx.objectStore(storeName);
        const at = Date.now();
        list.forEach((note, i) => store.put({ ...note, updatedAt: at - i * 1000 }));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { list: notes, dbName: NOTES_DB, storeName: NOTES_STORE },
  );
}

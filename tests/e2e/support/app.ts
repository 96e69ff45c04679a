/**
 * The UI contract in one place: how a person finds things in Samarbejdskort. If the app changes a
 * name, this file changes, not the specs.
 */
import type { Locator, Page } from 'playwright-core';
import { uiText } from './translations';
import type { Lang } from './translations';
import { waitUntil } from './wait';

export const DECK_PATH = '/kort/laerer/virksomhed';
export const NOTES_DB = 'samarbejdskort';
export const NOTES_STORE = 'notes';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function cardFace(page: Page, lang: Lang = 'da'): Locator {
  return page.getByRole('button', { name: new RegExp(`^${escape(uiText(lang, 'Vend kortet'))}`) });
}

export function noteField(page: Page, lang: Lang = 'da'): Locator {
  return page.getByRole('textbox', { name: uiText(lang, 'Din note') });
}

export function progress(page: Page, current: number, total: number): Locator {
  return page.getByText(`${current} af ${total}`, { exact: true });
}

export function offlineStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Klar til offline' });
}

/** Clicks the card face and waits for the back (its note field). */
export async function flipCard(page: Page, lang: Lang = 'da'): Promise<void> {
  await cardFace(page, lang).click();
  await noteField(page, lang).waitFor({ state: 'visible' });
}

/** The card id in the address (/kort/<from>/<to>/<cardId>), if there is one. */
export function cardIdInUrl(page: Page): string | undefined {
  const parts = new URL(page.url()).pathname.split('/').filter(Boolean);
  return parts[0] === 'kort' && parts.length === 4 ? parts[3] : undefined;
}

export async function waitForCardIdInUrl(page: Page): Promise<string> {
  return waitUntil(`a card id in the address (now ${page.url()})`, () => cardIdInUrl(page));
}

/**
 * Waits until the note field shows `text`: a stored note fills in once IndexedDB answers (the deck
 * never waits for it), so the field's first read may still be empty.
 */
export async function waitForNoteInField(page: Page, text: string, what: string, lang: Lang = 'da'): Promise<void> {
  const field = noteField(page, lang);
  await waitUntil(`${what} ("${text}")`, async () => (await field.inputValue()) === text, { timeoutMs: 5_000 }).catch(
    async (error: Error) => {
      throw new Error(`${error.message}; the field shows "${await field.inputValue()}"`);
    },
  );
}

export interface StoredNote {
  readonly cardId: string;
  readonly text: string;
  readonly updatedAt: unknown;
  readonly editionVersion: unknown;
}

/**
 * The records of one of the app's IndexedDB stores (only `key`'s if given), run inside the page and
 * self-contained so any driver can ship it (tests/e2e/journey). Never creates the database:
 * opening a missing one would make an empty version 1 and rob the app of its upgrade.
 */
export const readStoreInPage = async (q: {
  db: string;
  store: string;
  key?: string;
}): Promise<{ key: string; value: unknown }[]> => {
  if (!(await indexedDB.databases()).some((d) => d.name === q.db)) return [];
  const ask = <T>(req: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const conn = await ask(indexedDB.open(q.db));
  try {
    if (!conn.objectStoreNames.contains(q.store)) return [];
    const records = conn.transaction(q.store, 'readonly').objectStore(q.store);
    const [keys, values] = await Promise.all([ask(records.getAllKeys(q.key)), ask(records.getAll(q.key))]);
    return keys.map((key, i) => ({ key: String(key), value: values[i] }));
  } finally {
    conn.close();
  }
};

/** Reads a record straight from one of the app's IndexedDB stores (see readStoreInPage). */
export async function readStored<T>(page: Page, store: string, key: string): Promise<T | undefined> {
  return (await page.evaluate(readStoreInPage, { db: NOTES_DB, store, key }))[0]?.value as T | undefined;
}

/** Reads a note straight from IndexedDB (see readStored). */
export function readStoredNote(page: Page, cardId: string): Promise<StoredNote | undefined> {
  return readStored<StoredNote>(page, NOTES_STORE, cardId);
}

/** Keys (card ids) of every stored note; empty if the app has not created its database yet. */
export async function storedNoteKeys(page: Page): Promise<string[]> {
  return (await page.evaluate(readStoreInPage, { db: NOTES_DB, store: NOTES_STORE })).map((record) => record.key);
}

export async function waitForStoredNote(
  page: Page,
  cardId: string,
  text: string,
  timeoutMs = 5_000,
): Promise<StoredNote> {
  return waitUntil(
    `note "${text}" stored for card ${cardId}`,
    async () => {
      const note = await readStoredNote(page, cardId);
      return note?.text === text ? note : undefined;
    },
    { timeoutMs },
  );
}

/** Switches the UI language with the language button if needed, and waits for <html lang>. */
export async function useLanguage(page: Page, lang: Lang): Promise<void> {
  // <html lang> and the switch are only the app's once it has drawn its first screen: the prerendered
  // HTML says "da" and shows "English" until then (main.tsx marks the page interactive when drawn).
  await page.waitForFunction(() => performance.getEntriesByName('samarbejdskort:interactive').length > 0);
  const switchButton = page.getByRole('button', { name: /^(English|Dansk)$/, includeHidden: true });
  await switchButton.waitFor({ state: 'attached' });
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current !== lang) {
    // On a narrow screen the switch sits in the header's menu (a popover): open it first.
    if (!(await switchButton.isVisible())) await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await switchButton.click();
  }
  await waitUntil(`<html lang="${lang}">`, () => page.evaluate((l) => document.documentElement.lang === l, lang));
}

/** Waits for finite CSS animations and transitions (a card flip) to finish, so audits see the end state. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(settleInPage);
}

/** The wait itself, run inside the page; self-contained so any driver can ship it (tests/e2e/journey). */
export const settleInPage = async (): Promise<void> => {
  const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.race([
    Promise.all(finite.map((a) => a.finished.catch(() => undefined))),
    new Promise((r) => setTimeout(r, 3_000)),
  ]);
};

/** Makes sure at least one note exists (so pages that list notes have something to show). */
export async function ensureSomeNote(page: Page, origin: string): Promise<void> {
  if (page.url().startsWith(origin) && (await storedNoteKeys(page)).length > 0) return;
  await page.goto(new URL(DECK_PATH, origin).href);
  if ((await storedNoteKeys(page)).length > 0) return;
  // The remembered language decides the names on screen.
  const lang: Lang = (await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'da';
  await flipCard(page, lang);
  await noteField(page, lang).fill('Aftal en fast kontaktperson hos virksomheden');
  await waitUntil('a stored note', async () => ((await storedNoteKeys(page)).length > 0 ? true : undefined));
}

/**
 * The README's pictures, from the built app: `vite build && npx tsx scripts/screenshot.ts`. Writes
 * docs/screenshots/: the start page and a card's face on a phone (390×844), the back of a Lærer →
 * Virksomhed card with a note on an iPad (820×1180), the projector (1920×1080) showing that back as
 * the controller sends it, and the print preview's first sheet of backs with the note.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DECK_PATH, flipCard, noteField, progress, settle, storedNoteKeys } from '../tests/e2e/support/app';
import { launchBrowser, PHONE, TABLET } from '../tests/e2e/support/chromium';
import { PROJECT_ROOT, startPreview } from '../tests/e2e/support/preview-server';
import { waitUntil } from '../tests/e2e/support/wait';

const OUT = resolve(PROJECT_ROOT, 'docs', 'screenshots');
const PROJECTOR = { width: 1920, height: 1080 };
const NOTE =
  'Aftal et fast møde hver måned med virksomhedens kontaktperson.\nSpørg om de kan tage 4 elever i praktik i uge 12.';

/** No focus ring, caret or turning card in the picture. */
async function still(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await settle(page);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

async function shoot(page: Page, name: string): Promise<void> {
  await still(page);
  const path = resolve(OUT, name);
  await page.screenshot({ path, type: 'png' });
  console.log(`screenshot: ${path}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startPreview();
  const browser = await launchBrowser({ viewport: PHONE });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.url('/'));
    await page.getByRole('heading', { name: 'Samarbejdskort', level: 1 }).waitFor();
    await shoot(page, 'phone-start.png');

    await page.goto(server.url(DECK_PATH));
    await progress(page, 1, 3).waitFor();
    await shoot(page, 'phone-face.png');

    await page.setViewportSize(TABLET);
    await flipCard(page);
    await noteField(page).fill(NOTE);
    await waitUntil('the note to be saved', async () => ((await storedNoteKeys(page)).length > 0 ? true : undefined));
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'ipad-back.png');

    // The projector follows a controller in the same browser (a second window on the laptop).
    const controller = page;
    await controller.setViewportSize(PROJECTOR);
    await controller.goto(server.url(`/styr${DECK_PATH.slice('/kort'.length)}`));
    const projector = await browser.context.newPage();
    await projector.setViewportSize(PROJECTOR);
    await projector.goto(server.url('/skaerm'));
    await controller.getByRole('button', { name: /Vis bagsiden/ }).click();
    await projector.getByText('Hvad kan virksomheden få ud af at møde netop din klasse?').waitFor();
    await shoot(projector, 'projector.png');
    await projector.close();

    await page.setViewportSize(TABLET);
    await page.goto(server.url(`/udskriv${DECK_PATH.slice('/kort'.length)}`));
    await page.getByRole('checkbox', { name: 'Skriv mine noter på bagsiden' }).check();
    const backs = page.locator('.print-sheet--back').first();
    await backs.waitFor();
    await still(page);
    await backs.screenshot({ path: resolve(OUT, 'print-sheet.png'), type: 'png' });
    console.log(`screenshot: ${resolve(OUT, 'print-sheet.png')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

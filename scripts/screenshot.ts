/**
 * Saves docs/screenshot-deck.png for the README: the back of a Lærer → Virksomhed card with a note,
 * on a tablet in landscape (1180×820). Needs a build: `vite build && npx tsx scripts/screenshot.ts`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DECK_PATH,
  flipCard,
  noteField,
  offlineStatus,
  progress,
  settle,
  storedNoteKeys,
} from '../tests/e2e/support/app';
import { launchBrowser, TABLET_LANDSCAPE } from '../tests/e2e/support/chromium';
import { PROJECT_ROOT, startPreview } from '../tests/e2e/support/preview-server';
import { waitUntil } from '../tests/e2e/support/wait';

const OUT = resolve(PROJECT_ROOT, 'docs', 'screenshot-deck.png');

async function main(): Promise<void> {
  const server = await startPreview();
  try {
    const browser = await launchBrowser({ viewport: TABLET_LANDSCAPE });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(server.url(DECK_PATH));
      await progress(page, 1, 3).waitFor();
      // The one-off "Klar til offline" banner is not what the picture is about: let it come, then close it.
      await offlineStatus(page).waitFor({ timeout: 20_000 });
      const dismiss = page.getByRole('button', { name: 'Luk beskeden' });
      if ((await dismiss.count()) > 0) await dismiss.click();
      await flipCard(page);
      await noteField(page).fill(
        'Aftal et fast møde hver måned med virksomhedens kontaktperson.\nSpørg om de kan tage 4 elever i praktik i uge 12.',
      );
      await waitUntil('the note to be saved', async () => ((await storedNoteKeys(page)).length > 0 ? true : undefined));
      // Leave the field so the caret and focus ring are not in the picture.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await settle(page);
      mkdirSync(resolve(OUT, '..'), { recursive: true });
      await page.screenshot({ path: OUT, type: 'png' });
      console.log(`screenshot: ${OUT}`);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

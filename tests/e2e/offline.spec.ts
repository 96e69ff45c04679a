import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  cardFace,
  DECK_PATH,
  flipCard,
  noteField,
  waitForNoteInField,
  offlineStatus,
  progress,
  storedNoteKeys,
  waitForStoredNote,
} from './support/app';
import { isControlled, waitForServiceWorkerControl } from './support/service-worker';
import { e2eSession } from './support/session';
import { waitUntil } from './support/wait';

const session = e2eSession();

describe('offline', () => {
  session.journey(
    'a teacher opens the deck once with net, then works with no net and no server',
    async ({ server, context, page }) => {
      // First visit with net: the service worker installs and precaches the app.
      await page.goto(server.url('/'));
      await offlineStatus(page).waitFor({ state: 'visible', timeout: 20_000 });
      await waitForServiceWorkerControl(page);

      // A note on the first card of Lærer → Virksomhed; its id is the note's key.
      await page.goto(server.url(DECK_PATH));
      await progress(page, 1, 3).waitFor();
      await flipCard(page);
      const note = 'Spørg om CSR-strategien før første møde';
      await noteField(page).fill(note);
      // The only note in this fresh profile: its key is the card id (no guessing at content slugs).
      const [firstCardId] = await waitUntil('the note to be stored', async () => {
        const keys = await storedNoteKeys(page);
        return keys.length > 0 ? keys : undefined;
      });
      assert.ok(firstCardId !== undefined);
      assert.match(firstCardId, /^[a-z0-9]+(-[a-z0-9]+)*$/, `the note's key should be a card id, got ${firstCardId}`);
      await waitForStoredNote(page, firstCardId, note);

      // Offline, and proven so: a URL the service worker has not cached cannot be fetched.
      await context.setOffline(true);
      const probe = await page.evaluate(async () => {
        try {
          const response = await fetch(`/offline-probe-${Date.now()}.txt`, { cache: 'no-store' });
          return `answered ${response.status}`;
        } catch (error) {
          return `failed: ${String(error)}`;
        }
      });
      assert.match(probe, /^failed/, `an uncached fetch should fail offline, but it ${probe}`);

      await page.reload();
      assert.ok(await isControlled(page), 'the reloaded page should be controlled by the service worker');
      await progress(page, 1, 3).waitFor();
      await flipCard(page);
      await waitForNoteInField(page, note, 'the note after an offline reload');

      // No server at all: only the service worker's cache can answer now.
      await server.stop();
      const serverGone = await fetch(server.url('/')).then(
        () => false,
        () => true,
      );
      assert.ok(serverGone, 'the preview server should be unreachable after stop()');
      await context.setOffline(false);

      const reloaded = await page.reload();
      assert.ok(reloaded?.fromServiceWorker(), 'the reload should be answered by the service worker');
      await cardFace(page).waitFor();

      const deepLink = await page.goto(server.url(`${DECK_PATH}/${firstCardId}`));
      assert.ok(deepLink?.fromServiceWorker(), 'the deep link should be answered by the service worker');
      await progress(page, 1, 3).waitFor();
      await flipCard(page);
      await waitForNoteInField(page, note, "the deep-linked card's note");
    },
    { timeoutMs: 90_000 },
  );
});

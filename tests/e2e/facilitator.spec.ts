import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe } from 'node:test';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { loadEdition } from '../../src/content/load-edition';
import { readContentDir } from '../../src/content/read-content-dir';
import { selectDeck } from '../../src/domain/select-deck';
import { DECK_PATH, cardFace, noteField, offlineStatus, progress, waitForStoredNote } from './support/app';
import { audit } from './support/audit';
import { assertNoAxeViolations } from './support/axe';
import { PROJECT_ROOT } from './support/preview-server';
import { waitForServiceWorkerControl } from './support/service-worker';
import { e2eSession } from './support/session';
import { waitUntil } from './support/wait';

/*
 * Facilitator mode as a facilitator uses it, offline: a projector window, a controller window (a
 * tablet, or the laptop), a second controller, and a participant who scans the QR code. All windows
 * are pages of one Chromium context, as windows of one browser are.
 */

const session = e2eSession();
const edition = loadEdition(readContentDir(resolve(PROJECT_ROOT, 'content')));
const deck = selectDeck(edition.cards, 'laerer', 'virksomhed');
const PROJECTOR = { width: 1920, height: 1080 };

function card(index: number) {
  const found = deck[index];
  if (!found) throw new Error(`Lærer → Virksomhed has no card ${index + 1}`);
  return found;
}

/** What the projector shows, read from its DOM. */
function projectorView(projector: Page): Promise<{ view: string; title: string; side: string }> {
  return projector.evaluate(() => {
    const main = document.querySelector('main');
    return {
      view: main?.getAttribute('data-view') ?? '',
      title: document.querySelector('h1')?.textContent?.trim() ?? '',
      side: document.querySelector('[data-side]')?.getAttribute('data-side') ?? '',
    };
  });
}

async function expectOnProjector(
  projector: Page,
  expected: { view?: string; title?: string; side?: string },
): Promise<void> {
  let last = { view: '', title: '', side: '' };
  await waitUntil(
    `the projector to show ${JSON.stringify(expected)}`,
    async () => {
      last = await projectorView(projector);
      return Object.entries(expected).every(([key, value]) => last[key as keyof typeof last] === value)
        ? true
        : undefined;
    },
    { timeoutMs: 5_000 },
  ).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; it shows ${JSON.stringify(last)}`);
  });
}

/**
 * The QR code as a phone camera would see it: a screenshot of the code on the projector, turned
 * into RGBA pixels by Chromium (it decodes PNG), read by jsQR.
 */
async function decodeQr(projector: Page, helper: Page): Promise<string | undefined> {
  const png = await projector.getByRole('img', { name: /^QR-kode/ }).screenshot({ type: 'png' });
  const image = await helper.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: bitmap.width, height: bitmap.height, rgba: btoa(binary) };
  }, png.toString('base64'));
  const pixels = new Uint8ClampedArray(Buffer.from(image.rgba, 'base64'));
  return jsQR(pixels, image.width, image.height)?.data;
}

describe('facilitator mode', () => {
  session.journey(
    'a facilitator runs a session offline: projector and controller stay in step, notes stay private, the QR code opens the card',
    async ({ server, context, page }) => {
      // One visit with net installs the app; the rest happens with none.
      await page.goto(server.url('/'));
      await offlineStatus(page).waitFor({ state: 'visible', timeout: 20_000 });
      await waitForServiceWorkerControl(page);
      await context.setOffline(true);
      const probe = await page.evaluate(() =>
        fetch(`/offline-probe-${Date.now()}.txt`, { cache: 'no-store' }).then(
          () => 'answered',
          () => 'failed',
        ),
      );
      assert.equal(probe, 'failed', 'the network should be gone');

      // The projector computer opens the screen first: it waits for a controller.
      const firstProjector = await context.newPage();
      await firstProjector.setViewportSize(PROJECTOR);
      await firstProjector.goto(server.url('/skaerm'));
      await firstProjector.getByRole('heading', { level: 1, name: 'Venter på styring' }).waitFor();
      await assertNoAxeViolations(firstProjector, 'projector waiting');

      // From the deck, "Vis på skærm" opens the controller at the same card.
      await page.goto(server.url(DECK_PATH));
      await progress(page, 1, 3).waitFor();
      await page.getByRole('link', { name: 'Vis på skærm' }).click();
      await page.getByRole('heading', { level: 1, name: /^Styring af skærmen/ }).waitFor();
      assert.match(new URL(page.url()).pathname, new RegExp(`^/styr/laerer/virksomhed/${card(0).id}$`));
      await expectOnProjector(firstProjector, { view: 'card', title: card(0).title.da, side: 'face' });
      await page.getByText('Skærmen er åben.').waitFor();
      await assertNoAxeViolations(firstProjector, 'projector, card face');

      // Navigation by touch and by key.
      await page.getByRole('button', { name: 'Næste' }).click();
      await expectOnProjector(firstProjector, { title: card(1).title.da, side: 'face' });
      await page.keyboard.press('ArrowRight');
      await expectOnProjector(firstProjector, { title: card(2).title.da });
      await page.keyboard.press('ArrowLeft');
      await expectOnProjector(firstProjector, { title: card(1).title.da });
      await page.getByText('Kort 2 af 3').waitFor();

      // Flip: the room sees the tip.
      await page.getByRole('button', { name: 'Vis bagsiden' }).click();
      await expectOnProjector(firstProjector, { side: 'back' });
      await firstProjector.getByText(card(1).tip.text.da, { exact: true }).waitFor();
      await assertNoAxeViolations(firstProjector, 'projector, card back');

      // A note on the controller stays on the controller.
      const note = 'Privat: spørg Mette om praktikpladser før mødet';
      await noteField(page).fill(note);
      await waitForStoredNote(page, card(1).id, note);
      await page.getByRole('button', { name: 'Mørklæg skærmen' }).click();
      await expectOnProjector(firstProjector, { view: 'blackout' });
      await assertNoAxeViolations(firstProjector, 'projector, blackout');
      assert.equal(
        await firstProjector.getByText(card(1).tip.text.da).count(),
        0,
        'nothing of the card shows during blackout',
      );
      await page.keyboard.press('b');
      await expectOnProjector(firstProjector, { view: 'card', side: 'back' });
      const projectorHtml = await firstProjector.content();
      assert.ok(!projectorHtml.includes('Privat: spørg Mette'), 'the note must never reach the projector');
      assert.equal(await firstProjector.locator('textarea, input').count(), 0, 'the projector has no note field');

      // Join by QR: the code opens the same deck and card on a participant's device.
      await page.getByRole('button', { name: 'Vis QR-kode' }).click();
      await expectOnProjector(firstProjector, { view: 'join' });
      await firstProjector.locator('svg[role="img"]').waitFor();
      await assertNoAxeViolations(firstProjector, 'projector, QR code');
      const decoded = await decodeQr(firstProjector, page);
      const participantUrl = server.url(`/kort/laerer/virksomhed/${card(1).id}`);
      assert.equal(decoded, participantUrl, 'the QR code should encode the card’s own address');
      await firstProjector.getByText(participantUrl.replace(/^http:\/\//, ''), { exact: true }).waitFor();
      const participant = await context.newPage();
      await participant.goto(decoded ?? '');
      await progress(participant, 2, 3).waitFor();
      const faceName = await cardFace(participant).getAttribute('aria-label');
      assert.ok(
        faceName?.includes(card(1).title.da),
        `the participant should see "${card(1).title.da}", got "${faceName}"`,
      );
      await participant.close();
      await page.getByRole('button', { name: 'Vis QR-kode' }).click();
      await expectOnProjector(firstProjector, { view: 'card', side: 'back' });

      // Closing the projector and opening it again resumes where the room was.
      await firstProjector.close();
      await page
        .getByText('Intet skærmvindue er åbent. Tryk på „Åbn skærmvindue“ for at vise kortene for rummet.')
        .waitFor();
      const [projector] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: 'Åbn skærmvindue' }).click(),
      ]);
      await projector.setViewportSize(PROJECTOR);
      await expectOnProjector(projector, { view: 'card', title: card(1).title.da, side: 'back' });
      await page.getByText('Skærmen er åben.').waitFor();

      // The controller itself: axe, touch targets, and the help overlay.
      await audit(page, 'controller');
      await page.locator('body').press('?');
      const help = page.getByRole('dialog', { name: 'Tastaturgenveje' });
      await help.waitFor();
      for (const action of [
        'Forrige / næste kort',
        'Vend kortet',
        'Mørklæg skærmen / tænd igen',
        'Start / sæt tiden på pause',
        'Vis denne hjælp',
      ]) {
        await help.getByText(action, { exact: true }).waitFor();
      }
      await assertNoAxeViolations(page, 'controller with help overlay');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'hidden' });

      // Timer by key: T starts it, the clock moves.
      await page.keyboard.press('t');
      await page.getByRole('button', { name: 'Sæt tiden på pause' }).waitFor();
      await waitUntil(
        'the timer to count',
        async () => ((await page.getByRole('timer').textContent())?.startsWith('0:01') ? true : undefined),
        { timeoutMs: 4_000 },
      );

      // A second controller (say, the co-facilitator's laptop) takes over; the first one says so.
      const second = await context.newPage();
      await second.goto(server.url(`/styr/laerer/virksomhed/${card(0).id}`));
      await expectOnProjector(projector, { title: card(0).title.da, side: 'face' });
      await page.getByRole('alert').filter({ hasText: 'En anden enhed styrer skærmen nu.' }).waitFor();
      assert.ok(
        await page.getByRole('button', { name: 'Næste' }).isDisabled(),
        'the passive controller’s buttons rest',
      );
      await page.keyboard.press('ArrowRight');
      await second.getByRole('button', { name: 'Næste' }).click();
      await expectOnProjector(projector, { title: card(1).title.da });
      await page.getByText('Kort 2 af 3').waitFor();
      // Taking back: the latest claim wins again.
      await page.getByRole('button', { name: 'Tag styringen tilbage' }).click();
      await second.getByRole('alert').filter({ hasText: 'En anden enhed styrer skærmen nu.' }).waitFor();
      await page.getByRole('button', { name: 'Næste' }).click();
      await expectOnProjector(projector, { title: card(2).title.da });
      await second.close();
      await projector.close();
    },
    { timeoutMs: 150_000 },
  );
});

/**
 * A live workshop across devices, for real: `npm run live`'s server (a process of its own, serving the
 * built app and the socket on one origin), a facilitator, a projector and two participants in separate
 * browser contexts. One participant reaches the server through a loopback proxy the test cuts, since
 * closing a context's network does not close an open WebSocket.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { connect as createConnection, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServerProcess } from '../support/live-server-process';
import type { ServerProcess } from '../support/live-server-process';
import { assertNoAxeViolations } from './support/axe';
import { chromePath, CHROMIUM_ARGS, TABLET } from './support/chromium';
import { assertTouchTargets } from './support/touch-targets';

const secret = 'e2e live secret';
const NOTE = 'Min hemmelige note 4711';
let server: ServerProcess;
let browser: Browser;

/** A TCP relay on its own port: cut() drops every connection and refuses new ones until restore(). */
function loopbackProxy(target: () => number) {
  const sockets = new Set<Socket>();
  let listener: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      listener = createServer((client) => {
        const upstream = createConnection(target());
        // Either side closing or failing (the server down: ECONNREFUSED) closes both, as a cable would;
        // otherwise the browser's handshake waits forever on a half-open relay.
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => {
            sockets.delete(s);
            client.destroy();
            upstream.destroy();
          });
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      listener.listen(port, '127.0.0.1', () => {
        port = (listener?.address() as { port: number }).port;
        resolve();
      });
    });
  return {
    listen,
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    cut: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        listener?.close(() => resolve());
      }),
  };
}

async function newDevice(lang: 'da' | 'en' = 'da'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: TABLET, locale: 'da-DK', acceptDownloads: true });
  await context.addInitScript(
    `globalThis.__name ??= (fn) => fn; localStorage.setItem('samarbejdskort.language', '${lang}');`,
  );
  context.setDefaultTimeout(15_000);
  return { context, page: await context.newPage() };
}

async function createRoom(origin: string) {
  const response = await fetch(`${origin}/api/rooms`, { method: 'POST' });
  return (await response.json()) as {
    room: string;
    tokens: Record<'facilitator' | 'projector' | 'participant', string>;
  };
}

const origin = () => `http://127.0.0.1:${server.port}`;

before(async () => {
  server = await startServerProcess({ secret, app: true });
  browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: [...CHROMIUM_ARGS] });
});
after(async () => {
  await browser?.close();
  await server?.kill();
});

describe('live room across devices', () => {
  test(
    'a facilitator drives a projector and two participants, through a server restart and a cut network',
    { timeout: 180_000 },
    async () => {
      const proxy = loopbackProxy(() => server.port);
      await proxy.listen();
      const { room, tokens } = await createRoom(origin());
      // Sealed end to end, as a room started in the app on https or on this machine is.
      const k = `&k=${randomBytes(32).toString('base64url')}`;
      const host = await newDevice();
      const screen = await newDevice();
      const anna = await newDevice();
      const bo = await newDevice();

      // Anna has a private note on this device before she joins.
      await anna.page.goto(`${origin()}/kort/laerer/virksomhed`);
      await anna.page.getByRole('button', { name: /vend/i }).first().click();
      await anna.page.getByRole('textbox', { name: /note/i }).fill(NOTE);
      await anna.page.getByRole('textbox', { name: /note/i }).blur();
      const frames: string[] = [];
      const roomFrames: string[] = [];
      for (const device of [anna, host])
        device.page.on('websocket', (ws) => {
          const text = (f: { payload: string | Buffer }) =>
            typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8');
          ws.on('framesent', (f) => {
            roomFrames.push(text(f));
            if (device === anna) frames.push(text(f));
          });
          ws.on('framereceived', (f) => roomFrames.push(text(f)));
        });

      await host.page.goto(
        `${origin()}/live/styr?kort=elev/virksomhed#r=${room}&t=${tokens.facilitator}&p=${tokens.projector}&a=${tokens.participant}${k}`,
      );
      await host.page.locator('.live-status', { hasText: 'Forbundet' }).waitFor();
      await screen.page.goto(`${origin()}/live/skaerm#r=${room}&t=${tokens.projector}${k}`);
      await anna.page.goto(`${origin()}/live#r=${room}&t=${tokens.participant}${k}`);
      await bo.page.goto(`${proxy.origin}/live#r=${room}&t=${tokens.participant}${k}`);
      const all = [screen.page, anna.page, bo.page];
      const title = async () => (await host.page.locator('.pcard__title').textContent()) ?? '';
      const allShow = async (text: string) => {
        for (const page of all) {
          await page
            .locator('h1.pcard__title', { hasText: text })
            .waitFor()
            .catch(async (error: Error) => {
              const badge = await page.locator('.live-status').textContent();
              throw new Error(`${page.url().split('#')[0]} (${badge ?? ''}) never showed "${text}": ${error.message}`);
            });
        }
      };
      await allShow(await title());
      /** Næste on the facilitator's screen: the card it moves to (read once the screen has moved on). */
      const next = async (): Promise<string> => {
        const before = await title();
        await host.page.getByRole('button', { name: 'Næste' }).click();
        await host.page.waitForFunction(
          (shown) => document.querySelector('.pcard__title')?.textContent !== shown,
          before,
        );
        return title();
      };

      // Card, flip, blackout reach every device (a deck of six: the steps below move on three times).
      await allShow(await next());
      await host.page.getByRole('button', { name: 'Vis bagsiden' }).click();
      for (const page of all) await page.locator('.pcard[data-side="back"]').waitFor();
      await host.page.getByRole('button', { name: 'Mørklæg' }).click();
      await screen.page.locator('.live--blackout').waitFor();
      for (const page of [anna.page, bo.page]) await page.getByText('Ordstyreren har mørklagt skærmen').waitFor();
      await host.page.getByRole('button', { name: 'Mørklæg' }).click();
      await screen.page.locator('h1.pcard__title').waitFor();

      // A question, answered by both, hidden until revealed, then exported.
      await host.page.getByRole('button', { name: 'Åbn spørgsmålet' }).click();
      const answers = { anna: 'Praktik <b>i foråret</b>', bo: 'Et fælles mål' };
      for (const [who, device] of [
        ['anna', anna],
        ['bo', bo],
      ] as const) {
        await device.page.getByRole('textbox', { name: 'Dit svar' }).fill(answers[who]);
        await device.page.getByRole('button', { name: 'Send anonymt' }).click();
        await device.page.getByText('Tak. Dit svar er sendt anonymt.').waitFor();
      }
      await host.page.getByText('2 svar').waitFor();
      for (const page of all)
        assert.equal(await page.getByText(answers.bo).count(), 0, 'answers stay hidden until revealed');
      await host.page.getByRole('button', { name: 'Vis resultatet på skærmen' }).click();
      await screen.page.getByText(answers.anna).waitFor(); // the markup shows as text
      await screen.page.getByText(answers.bo).waitFor();
      const [download] = await Promise.all([
        host.page.waitForEvent('download'),
        host.page.getByRole('button', { name: 'Som JSON' }).click(),
      ]);
      const harvest = await readFile(await download.path(), 'utf8');
      const parsed = JSON.parse(harvest) as { questions: { answers: { text: string }[] }[] };
      assert.deepEqual(parsed.questions[0]?.answers.map((a) => a.text).sort(), [answers.anna, answers.bo].sort());
      assert.ok(
        !harvest.includes(tokens.participant) && !/device|name|client/i.test(harvest),
        'no names or device ids',
      );

      // The server dies mid-workshop and comes back: every device catches up without a reload.
      const port = server.port;
      await server.kill();
      for (const page of all) await page.locator('.live-status', { hasText: 'Forbinder igen' }).waitFor();
      server = await startServerProcess({ secret, app: true, port });
      await host.page.locator('.live-status', { hasText: 'Forbundet' }).waitFor({ timeout: 30_000 });
      await allShow(await next());

      // Bo's network drops (the proxy cuts his socket) and returns.
      await proxy.cut();
      await bo.page.locator('.live-status', { hasText: 'Forbinder igen' }).waitFor();
      const now = await next();
      await screen.page.locator('h1.pcard__title', { hasText: now }).waitFor();
      await proxy.listen();
      await bo.page.locator('h1.pcard__title', { hasText: now }).waitFor({ timeout: 30_000 });

      assert.ok(frames.length > 0, 'frames were recorded');
      assert.ok(!frames.some((f) => f.includes(NOTE)), 'no note text in any frame');
      // What the server relays is ciphertext: no answer, question, deck or link in any frame either way.
      for (const word of ['Praktik', 'fælles', 'Hvad tager du', 'virksomhed', k.slice(3)])
        assert.ok(!roomFrames.some((f) => f.includes(word)), `"${word}" in no frame of the room`);
      assert.ok(roomFrames.length > 10, 'the frames of the room were recorded');
      await proxy.cut();
      for (const d of [host, screen, anna, bo]) await d.context.close();
    },
  );

  for (const lang of ['da', 'en'] as const) {
    test(`every live view passes axe and has 44 px targets (${lang})`, { timeout: 90_000 }, async () => {
      const { room, tokens } = await createRoom(origin());
      const k = `&k=${randomBytes(32).toString('base64url')}`;
      // A link whose key does not open the room: the participant is told so.
      const locked = `/live#r=${room}&t=${tokens.participant}&k=${randomBytes(32).toString('base64url')}`;
      const views = [
        `/live/styr#r=${room}&t=${tokens.facilitator}&p=${tokens.projector}&a=${tokens.participant}${k}`,
        `/live/skaerm#r=${room}&t=${tokens.projector}${k}`,
        `/live#r=${room}&t=${tokens.participant}${k}`,
        locked,
        '/live/styr',
      ];
      const device = await newDevice(lang);
      // The facilitator stays in the room (an empty room is let go), so the locked link has a card it cannot open.
      const holder = await device.context.newPage();
      await holder.goto(`${origin()}${views[0] ?? ''}`);
      await holder.locator('.live-status', { hasText: lang === 'da' ? 'Forbundet' : 'Connected' }).waitFor();
      for (const view of views) {
        await device.page.goto('about:blank'); // two links to /live differ in the fragment only
        await device.page.goto(`${origin()}${view}`);
        await device.page.locator('h1').first().waitFor();
        if (view.includes('#'))
          await device.page.locator(view === locked ? '.live-status--locked' : '.live-status[role="status"]').waitFor();
        if (view === locked) {
          // It will never follow a facilitator: it says so and offers the cards instead of waiting.
          await device.page.getByRole('link', { name: lang === 'da' ? 'Åbn kortene' : 'Open the cards' }).waitFor();
          assert.equal(await device.page.getByText(lang === 'da' ? 'Venter på ordstyreren' : 'Waiting for').count(), 0);
        }
        await assertNoAxeViolations(device.page, `${view.split('#')[0]} (${lang})`);
        await assertTouchTargets(device.page, `${view.split('#')[0]} (${lang})`);
      }
      await device.context.close();
    });
  }
});

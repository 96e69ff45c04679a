/**
 * `npm run bench:load [rounds]`: the first load of the built app against a plain Vite + React shell
 * (scripts/bench/load-shell, with a service worker so it can be reloaded offline) built in the same
 * run, alternating, on `/` and a deck link. Lighthouse mobile (simulated throttling) gives LCP, FCP,
 * TBT and CLS (median of the rounds); Chromium gives the offline reload's LCP from the service
 * worker (median of 15 reloads) and the time from the reader's first pointer move until the app is
 * interactive (src/app/main.tsx marks it). The last row is this machine's floor for the offline reload:
 * a static page with one heading and no script, from the shell's service worker.
 * Ours is also printed as a ratio to the shell's. Timings only: this never fails a build.
 * `--no-build` measures dist/ and the shell as they are.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { chromePath, CHROMIUM_ARGS, launchBrowser } from '../tests/e2e/support/chromium';
import { PROJECT_ROOT, startPreview } from '../tests/e2e/support/preview-server';
import { waitForServiceWorkerControl } from '../tests/e2e/support/service-worker';

const args = process.argv.slice(2);
const ROUNDS = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 5);
const OFFLINE_RELOADS = 15;
const PATHS = ['/', '/kort/laerer/virksomhed'] as const;
const OUT_DIR = resolve(PROJECT_ROOT, '.lighthouse', 'bench-load');
const SHELL_DIST = resolve(PROJECT_ROOT, '.bench', 'load-shell');

interface Figures {
  lcp: number[];
  fcp: number[];
  tbt: number[];
  cls: number[];
  offlineLcp: number[];
  interactive: number[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? NaN
    : sorted.length % 2
      ? (sorted[mid] ?? NaN)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function buildShell(): Promise<void> {
  await build({
    root: resolve(PROJECT_ROOT, 'scripts', 'bench', 'load-shell'),
    configFile: false,
    logLevel: 'error',
    plugins: [
      react(),
      VitePWA({ registerType: 'autoUpdate', injectRegister: 'script', workbox: { navigateFallback: '/index.html' } }),
    ],
    build: { outDir: SHELL_DIST, emptyOutDir: true },
  });
}

function lighthouse(url: string, name: string): Promise<{ lcp: number; fcp: number; tbt: number; cls: number }> {
  mkdirSync(OUT_DIR, { recursive: true });
  const output = resolve(OUT_DIR, name);
  const cli = resolve(PROJECT_ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        `--output-path=${output}.json`,
        '--only-categories=performance',
        `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
        '--quiet',
      ],
      { stdio: 'ignore', env: { ...process.env, CHROME_PATH: chromePath() } },
    );
    child.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`lighthouse exited with ${code} for ${url}`));
      const audits = (
        JSON.parse(readFileSync(`${output}.json`, 'utf8')) as { audits: Record<string, { numericValue?: number }> }
      ).audits;
      const value = (id: string): number => audits[id]?.numericValue ?? NaN;
      done({
        lcp: value('largest-contentful-paint'),
        fcp: value('first-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
      });
    });
  });
}

/** Online once (the service worker installs), then offline reloads: LCP of each, and time to interactive online. */
async function offline(origin: string, path: string, into: Figures, { app = true } = {}): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // A page without script registers no service worker: the shell's start page does.
    await page.goto(new URL(app ? path : '/', origin).href, { waitUntil: 'load' });
    // A prerendered page wakes the app when the reader reaches for it: the time from a first pointer
    // move to the app listening (the shell, which has no prerendered page, is interactive on load).
    const reached = await page.evaluate(() => performance.now());
    await page.mouse.move(10, 10);
    const interactive = !app
      ? undefined
      : await page
          .waitForFunction(() => performance.getEntriesByName('samarbejdskort:interactive')[0]?.startTime, undefined, {
            timeout: 15_000,
          })
          .then(
            async (handle) => Math.max(0, (await (handle.jsonValue() as Promise<number>)) - reached),
            () => undefined,
          );
    if (interactive !== undefined) into.interactive.push(interactive);
    await waitForServiceWorkerControl(page, { maxReloads: 8 });
    if (!app) await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    await browser.context.setOffline(true);
    for (let i = 0; i < OFFLINE_RELOADS; i++) {
      await page.reload();
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              done(entries[entries.length - 1]?.startTime ?? NaN);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      );
      into.offlineLcp.push(lcp);
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    const app = spawnSync(
      process.execPath,
      [resolve(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
      {
        cwd: PROJECT_ROOT,
        stdio: 'inherit',
      },
    );
    if (app.status !== 0) throw new Error('vite build failed');
    await buildShell();
  }
  const servers = { ours: await startPreview(), shell: await startPreview({ distDir: SHELL_DIST }) };
  const empty = (): Figures => ({ lcp: [], fcp: [], tbt: [], cls: [], offlineLcp: [], interactive: [] });
  const figures: Record<string, Figures> = {};
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const path of PATHS) {
        for (const [name, server] of Object.entries(servers)) {
          const key = `${name} ${path}`;
          const into = (figures[key] ??= empty());
          const result = await lighthouse(server.url(path), `${name}-${path.replace(/\W+/g, '_')}-${round}`);
          into.lcp.push(result.lcp);
          into.fcp.push(result.fcp);
          into.tbt.push(result.tbt);
          into.cls.push(result.cls);
          console.error(`round ${round + 1}/${ROUNDS} ${key}: LCP ${Math.round(result.lcp)} ms`);
        }
      }
    }
    for (const path of PATHS) {
      for (const [name, server] of Object.entries(servers))
        await offline(server.origin, path, (figures[`${name} ${path}`] ??= empty()));
    }
    // The floor: a static page with one heading and a paragraph, no script, from the shell's service worker.
    await offline(servers.shell.origin, '/floor.html', (figures.floor = empty()), { app: false });
  } finally {
    await servers.ours.stop();
    await servers.shell.stop();
  }
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  console.log(row(['page', 'LCP', 'FCP', 'TBT', 'CLS', 'offline LCP', 'reach→interactive']));
  console.log(row(Array(7).fill('---')));
  const ms = (value: number): string => (Number.isNaN(value) ? '–' : `${Math.round(value)} ms`);
  for (const path of PATHS) {
    const ours = figures[`ours ${path}`] ?? empty();
    const shell = figures[`shell ${path}`] ?? empty();
    const ratio = (key: keyof Figures): string =>
      `${ms(median(ours[key]))} (×${(median(ours[key]) / median(shell[key])).toFixed(2)})`;
    console.log(
      row([
        `ours ${path} (× shell)`,
        ratio('lcp'),
        ratio('fcp'),
        ms(median(ours.tbt)),
        median(ours.cls).toFixed(3),
        ratio('offlineLcp'),
        ms(median(ours.interactive)),
      ]),
    );
    console.log(
      row([
        `shell ${path}`,
        ms(median(shell.lcp)),
        ms(median(shell.fcp)),
        ms(median(shell.tbt)),
        median(shell.cls).toFixed(3),
        ms(median(shell.offlineLcp)),
        '–',
      ]),
    );
  }
  const floor = figures.floor ?? empty();
  console.log(row(['floor: static heading, no script', '–', '–', '–', '–', ms(median(floor.offlineLcp)), '–']));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

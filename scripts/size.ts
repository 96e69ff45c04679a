/**
 * Size budgets of a build (`npm run size`, after `vite build`):
 *   - initial JS: the scripts dist/index.html loads at once (module entry + modulepreload, or the list its
 *     after-paint loader requests, scripts/prerender-plugin.ts), gzip level 9;
 *   - pages: each HTML page (the prerendered first screens), gzip level 9, within the first round
 *     trip (~14.6 kB: a page under 14 kB arrives whole with the server's first TCP window);
 *   - live chunk: the chunk that holds the live room's sync engine (src/live/live-room.ts with Yjs and the
 *     provider, found in the build's record of chunks and modules), loaded only on the live screens;
 *   - precache: every URL in the service worker's precache manifest, measured as the bytes a
 *     tablet downloads before "Klar til offline" (gzip, as the server sends them). Raw bytes are
 *     printed too. A raw reading cannot be met with the stack the project chose: react-dom alone
 *     is ~210 kB raw, i18next ~50 kB, and the note's text in two languages ~65 kB.
 * Budgets are in decimal kB (100 kB = 100,000 bytes), the stricter reading.
 * Exits 1 when a budget is exceeded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHUNK_MODULES_FILE } from './chunk-modules-plugin';

export const INITIAL_JS_GZIP_BUDGET = 100_000;
export const PRECACHE_GZIP_BUDGET = 400_000;
export const PAGE_GZIP_BUDGET = 14_000;
export const LIVE_CHUNK_GZIP_BUDGET = 32_000;
/** The module the live chunk is known by: the only code that touches the sync engine. */
const LIVE_MODULE = /\/src\/live\/live-room\.ts$/;

export interface FileSize {
  readonly url: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface SizeReport {
  readonly initialJs: readonly FileSize[];
  readonly initialJsGzip: number;
  readonly precache: readonly FileSize[];
  readonly precacheRaw: number;
  readonly precacheGzip: number;
  readonly pages: readonly FileSize[];
  readonly liveChunk: FileSize;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** The JS URLs an HTML page fetches up front: `<script type="module" src>` and `<link rel="modulepreload" href>`. */
export function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type')?.toLowerCase() === 'module') urls.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attr(tag, 'href');
    if (href && rel.includes('modulepreload')) urls.push(href);
  }
  // The after-paint loader (scripts/prerender-plugin.ts): `(function(u,j){…})(["/entry.js",…],[…data])`.
  const loader = /<script>\(function\(u,j\)[\s\S]*?\}\)\((\[[^\]]*\]),/.exec(html);
  if (loader?.[1]) urls.push(...(JSON.parse(loader[1]) as string[]));
  return [...new Set(urls)];
}

/**
 * The URLs of a Workbox precache manifest inlined in sw.js: entries like `{url:"assets/x.js",revision:null}`
 * (minified, keys may be quoted, either order).
 */
export function precacheUrls(swSource: string): string[] {
  const urls: string[] = [];
  for (const [entry] of swSource.matchAll(/\{[^{}]*\}/g)) {
    if (!/["']?revision["']?\s*:/.test(entry)) continue;
    const m = /["']?url["']?\s*:\s*(?:"([^"]*)"|'([^']*)')/.exec(entry);
    const url = m ? (m[1] ?? m[2]) : undefined;
    if (url !== undefined) urls.push(url);
  }
  return [...new Set(urls)];
}

/** Maps a site URL (base '/') to its file in dist, refusing anything that is not local. */
function fileFor(distDir: string, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) throw new Error(`Not a local URL: ${url}`);
  const path = decodeURIComponent(url.replace(/[?#].*$/, '').replace(/^\.?\//, ''));
  const file = resolve(distDir, path);
  if (!existsSync(file)) throw new Error(`${url} is referenced but ${file} does not exist`);
  return file;
}

export function measureFile(distDir: string, url: string): FileSize {
  const bytes = readFileSync(fileFor(distDir, url));
  return { url, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const sum = (sizes: readonly FileSize[], key: 'raw' | 'gzip'): number => sizes.reduce((total, s) => total + s[key], 0);

export function measureInitialJs(distDir: string): { files: FileSize[]; gzip: number } {
  const urls = initialScriptUrls(readFileSync(resolve(distDir, 'index.html'), 'utf8'));
  if (urls.length === 0) throw new Error('dist/index.html loads no module script: is this a Vite build?');
  const files = urls.map((url) => measureFile(distDir, url));
  return { files, gzip: sum(files, 'gzip') };
}

export function measurePrecache(distDir: string): { files: FileSize[]; raw: number; gzip: number } {
  const urls = precacheUrls(readFileSync(resolve(distDir, 'sw.js'), 'utf8'));
  if (urls.length === 0) throw new Error('dist/sw.js has no precache manifest entries');
  const files = urls.map((url) => measureFile(distDir, url));
  return { files, raw: sum(files, 'raw'), gzip: sum(files, 'gzip') };
}

/** Every HTML page in the build (precached or not: each card's own page is only on the server). */
function htmlFiles(distDir: string): string[] {
  return (readdirSync(distDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\\/g, '/'));
}

function chunkRecord(distDir: string): Record<string, { modules: Record<string, number> }> | undefined {
  const record = resolve(distDir, CHUNK_MODULES_FILE);
  return existsSync(record)
    ? (JSON.parse(readFileSync(record, 'utf8')) as Record<string, { modules: Record<string, number> }>)
    : undefined;
}

/** The chunk with the live room's sync engine, by the module it holds (never by its file name). */
export function measureLiveChunk(distDir: string): FileSize {
  const chunks = chunkRecord(distDir);
  if (!chunks) throw new Error(`no ${CHUNK_MODULES_FILE} in ${distDir}: build with vite.config.ts`);
  const file = Object.keys(chunks).find((url) =>
    Object.keys(chunks[url]?.modules ?? {}).some((id) => LIVE_MODULE.test(id.replace(/\\/g, '/'))),
  );
  if (!file) throw new Error('no chunk of the build holds src/live/live-room.ts');
  return measureFile(distDir, file);
}

export function measureBuild(distDir: string): SizeReport {
  const initial = measureInitialJs(distDir);
  const precache = measurePrecache(distDir);
  return {
    liveChunk: measureLiveChunk(distDir),
    pages: htmlFiles(distDir).map((url) => measureFile(distDir, url)),
    initialJs: initial.files,
    initialJsGzip: initial.gzip,
    precache: precache.files,
    precacheRaw: precache.raw,
    precacheGzip: precache.gzip,
  };
}

/** Budget failures as sentences; empty when the build fits. */
export function checkBudgets(report: SizeReport): string[] {
  const failures: string[] = [];
  if (report.initialJsGzip > INITIAL_JS_GZIP_BUDGET) {
    failures.push(`initial JS is ${report.initialJsGzip} B gzip, budget ${INITIAL_JS_GZIP_BUDGET} B`);
  }
  if (report.precacheGzip > PRECACHE_GZIP_BUDGET) {
    failures.push(`precache is ${report.precacheGzip} B gzip, budget ${PRECACHE_GZIP_BUDGET} B`);
  }
  if (report.liveChunk.gzip > LIVE_CHUNK_GZIP_BUDGET) {
    failures.push(
      `the live chunk ${report.liveChunk.url} is ${report.liveChunk.gzip} B gzip, budget ${LIVE_CHUNK_GZIP_BUDGET} B`,
    );
  }
  for (const page of report.pages) {
    if (page.gzip > PAGE_GZIP_BUDGET)
      failures.push(`${page.url} is ${page.gzip} B gzip, budget ${PAGE_GZIP_BUDGET} B a page`);
  }
  return failures;
}

/**
 * The modules inside the initial JS, largest first (bytes as rendered, before minifying), from the
 * record the build writes (scripts/chunk-modules-plugin.ts): what to look at when the budget fails.
 */
export function initialModules(distDir: string, initialJs: readonly FileSize[]): string[] {
  const chunks = chunkRecord(distDir);
  if (!chunks) return [`(no ${CHUNK_MODULES_FILE} in ${distDir}: build with vite.config.ts)`];
  const root = `${resolve('.').replace(/\\/g, '/')}/`;
  return initialJs
    .flatMap((file) => Object.entries(chunks[file.url.replace(/^\//, '')]?.modules ?? {}))
    .sort(([, a], [, b]) => b - a)
    .map(([id, bytes]) => `${String(bytes).padStart(8)}  ${id.replace(/\\/g, '/').replace(root, '')}`);
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export function formatReport(report: SizeReport): string {
  const width = Math.max(20, ...report.precache.map((f) => f.url.length), ...report.initialJs.map((f) => f.url.length));
  const row = (a: string, b: string, c: string): string => `${a.padEnd(width)}  ${b.padStart(10)}  ${c.padStart(10)}`;
  const lines = [row('file', 'raw', 'gzip -9'), '-'.repeat(width + 24)];
  lines.push('initial JS (index.html entry + modulepreload):');
  for (const f of report.initialJs) lines.push(row(f.url, kB(f.raw), kB(f.gzip)));
  lines.push('precache manifest (dist/sw.js):');
  for (const f of [...report.precache].sort((a, b) => b.raw - a.raw)) lines.push(row(f.url, kB(f.raw), kB(f.gzip)));
  lines.push('-'.repeat(width + 24));
  lines.push(
    row(`initial JS: ${report.initialJs.length} file(s)`, '', `${kB(report.initialJsGzip)}`) +
      `  budget ${kB(INITIAL_JS_GZIP_BUDGET)} gzip`,
  );
  lines.push(
    row(`precache: ${report.precache.length} file(s)`, kB(report.precacheRaw), kB(report.precacheGzip)) +
      `  budget ${kB(PRECACHE_GZIP_BUDGET)} gzip`,
  );
  lines.push(
    row(`live chunk: ${report.liveChunk.url}`, kB(report.liveChunk.raw), kB(report.liveChunk.gzip)) +
      `  budget ${kB(LIVE_CHUNK_GZIP_BUDGET)} gzip`,
  );
  const largest = [...report.pages].sort((a, b) => b.gzip - a.gzip)[0];
  if (largest) {
    lines.push(
      row(`pages: ${report.pages.length} HTML file(s), largest ${largest.url}`, kB(largest.raw), kB(largest.gzip)) +
        `  budget ${kB(PAGE_GZIP_BUDGET)} gzip a page`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const distDir = resolve(process.argv[2] ?? 'dist');
  try {
    const report = measureBuild(distDir);
    console.log(formatReport(report));
    const failures = checkBudgets(report);
    for (const failure of failures) console.error(`size: OVER BUDGET: ${failure}`);
    if (report.initialJsGzip > INITIAL_JS_GZIP_BUDGET) {
      console.error('size: modules in the initial JS (bytes before minifying, largest first):');
      for (const line of initialModules(distDir, report.initialJs)) console.error(line);
    }
    if (failures.length === 0) console.log('size: within budgets');
    process.exitCode = failures.length === 0 ? 0 : 1;
  } catch (error) {
    console.error(`size: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

/**
 * Runs the browser specs against an existing build in dist/ (run `vite build` first; this builds
 * nothing; E2E_DIST_DIR points at another build): first the Chromium specs (tests/e2e/*.spec.ts),
 * then the core journey in Chromium, Firefox and WebKit (tests/e2e/journey/<engine>.spec.ts).
 * `tsx tests/e2e/run-e2e.ts offline` runs only the spec files whose paths contain "offline"
 * (`journey` runs the three engines, `webkit` one). Each spec file starts its own `vite preview` and
 * browser (see support/session.ts, journey/core-journey.ts), so files run one after the other: two
 * cores do not like two browsers. Output is TAP from node:test; CI reads its "# pass N" / "# fail N"
 * summary lines.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { firefoxPath, webkitDriverPath } from './journey/engine-paths';
import { chromePath } from './support/chromium';
import { defaultDistDir, PROJECT_ROOT } from './support/preview-server';

const specDir = resolve(PROJECT_ROOT, 'tests', 'e2e');
const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
const only = process.argv.slice(2);
const chromiumSpecs = readdirSync(specDir)
  .filter((file) => file.endsWith('.spec.ts'))
  .sort();
// The journey after the Chromium specs, in a fixed engine order.
const journeySpecs = ENGINES.map((engine) => `journey/${engine}.spec.ts`);
const specs = [...chromiumSpecs, ...journeySpecs]
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .map((file) => resolve(specDir, file));
const runs = (file: string): boolean => specs.includes(resolve(specDir, file));

const onPath = (command: string): boolean =>
  spawnSync('sh', ['-c', `command -v "${command}"`], { stdio: 'ignore' }).status === 0;

const problems: string[] = [];
const dist = defaultDistDir();
if (!existsSync(resolve(dist, 'index.html'))) problems.push(`${dist}/index.html is missing: run \`vite build\` first`);
if (!existsSync(resolve(dist, 'sw.js'))) problems.push(`${dist}/sw.js is missing: the build has no service worker`);
if (!existsSync(chromePath()))
  problems.push(`no Chromium at ${chromePath()} (install Debian's chromium or set CHROME_PATH)`);
if (runs('journey/firefox.spec.ts') && !existsSync(firefoxPath())) {
  problems.push(`no Firefox at ${firefoxPath()} (install Debian's firefox-esr or set FIREFOX_PATH)`);
}
if (runs('journey/webkit.spec.ts')) {
  if (!onPath(webkitDriverPath()))
    problems.push(`no ${webkitDriverPath()} (install Debian's webkit2gtk-driver or set WEBKIT_WEBDRIVER)`);
  if (!onPath('Xvfb')) problems.push("no Xvfb, which WebKitGTK needs as its display (install Debian's xvfb)");
}
if (specs.length === 0) problems.push(`no spec files matched ${only.join(', ') || '*.spec.ts'}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`test:e2e: ${problem}`);
  process.exit(1);
}

const started = Date.now();
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=tap', '--test-concurrency=1', ...specs],
  { cwd: PROJECT_ROOT, stdio: 'inherit' },
);
const forward = (signal: NodeJS.Signals): void => {
  child.kill(signal);
};
process.once('SIGINT', forward);
process.once('SIGTERM', forward);
child.on('exit', (code, signal) => {
  console.log(`# e2e: ${specs.length} spec file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(code ?? (signal ? 1 : 0));
});

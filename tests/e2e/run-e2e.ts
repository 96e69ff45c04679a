/**
 * Runs the browser specs (tests/e2e/*.spec.ts) against an existing build in dist/ (run `vite build`
 * first; this builds nothing; E2E_DIST_DIR points at another build). `tsx tests/e2e/run-e2e.ts offline`
 * runs only the spec files whose names contain "offline". Each spec file starts its own `vite preview` and Chromium (see
 * support/session.ts), so files run one after the other: two cores do not like two Chromiums.
 * Output is TAP from node:test; CI reads its "# pass N" / "# fail N" summary lines.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromePath } from './support/chromium';
import { defaultDistDir, PROJECT_ROOT } from './support/preview-server';

const specDir = resolve(PROJECT_ROOT, 'tests', 'e2e');
const only = process.argv.slice(2);
const specs = readdirSync(specDir)
  .filter((file) => file.endsWith('.spec.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort()
  .map((file) => resolve(specDir, file));

const problems: string[] = [];
const dist = defaultDistDir();
if (!existsSync(resolve(dist, 'index.html'))) problems.push(`${dist}/index.html is missing: run \`vite build\` first`);
if (!existsSync(resolve(dist, 'sw.js'))) problems.push(`${dist}/sw.js is missing: the build has no service worker`);
if (!existsSync(chromePath())) problems.push(`no Chromium at ${chromePath()} (install Debian's chromium or set CHROME_PATH)`);
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

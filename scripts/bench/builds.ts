import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CARDS_FILE_PATTERN, CORE_FILE_PATTERN } from '../../src/content/cards-file';
import { loadEdition } from '../../src/content/load-edition';
import { PROJECT_ROOT } from '../../tests/e2e/support/preview-server';
import { generateContentFiles, writeContentDir } from '../generate-edition';

/** Outside the checkout: synthetic editions and their builds never ship (and never reach git). */
export const BENCH_DIR = process.env.BENCH_DIR ?? '/tmp/samarbejdskort-bench';
/** The real edition has this many cards; the other sizes are synthetic. */
export const REAL_SIZE = 40;

/** The content folder for a size: the real content/ for 40 cards, otherwise a generated edition (made once). */
function contentDirFor(size: number): string {
  if (size === REAL_SIZE) return resolve(PROJECT_ROOT, 'content');
  const dir = resolve(BENCH_DIR, `content-${size}`);
  const stamp = resolve(dir, '.generated');
  if (!existsSync(stamp)) {
    const files = generateContentFiles(size);
    loadEdition(files);
    writeContentDir(dir, files);
    writeFileSync(stamp, `${size}\n`);
  }
  return dir;
}

/** Builds the app with a size's edition into its own folder (the build the bench serves). */
export function buildFor(size: number, { rebuild = true } = {}): string {
  const outDir = resolve(BENCH_DIR, `dist-${size}`);
  if (!rebuild && existsSync(resolve(outDir, 'index.html'))) return outDir;
  const contentDir = contentDirFor(size);
  const env = { ...process.env, ...(size === REAL_SIZE ? {} : { SAMARBEJDSKORT_CONTENT_DIR: contentDir }) };
  const vite = resolve(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: PROJECT_ROOT,
      env,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`vite build for ${size} cards failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** The edition's version and active card ids in a build (read from the built files, as the app reads them). */
export function editionOf(outDir: string): { version: string; cardIds: string[] } {
  const coreFile = readdirSync(resolve(outDir, 'assets')).find((name) => CORE_FILE_PATTERN.test(`assets/${name}`));
  if (!coreFile) throw new Error(`${outDir}/assets has no edition core file`);
  const { version } = JSON.parse(readFileSync(resolve(outDir, 'assets', coreFile), 'utf8')) as { version: string };
  const cardsFile = readdirSync(resolve(outDir, 'assets')).find((name) => CARDS_FILE_PATTERN.test(`assets/${name}`));
  if (!cardsFile) throw new Error(`${outDir}/assets has no cards file`);
  const cards = JSON.parse(readFileSync(resolve(outDir, 'assets', cardsFile), 'utf8')) as {
    id: string;
    status: string;
  }[];
  return { version, cardIds: cards.filter((card) => card.status === 'active').map((card) => card.id) };
}

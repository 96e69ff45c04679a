import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentFiles } from '../../src/content/load-edition';
import { checkContent } from '../../scripts/content-check';
import { updatePublishedIds } from '../../scripts/content-lock';
import { CONTENT_DIR, editJson, realContent } from './real-content';

const ROOT = resolve(CONTENT_DIR, '..');
const LOCK = 'published-ids.json';
const COMPANIES = 'cards/til-virksomheder.json';

/** Scripts run as `npm run content:*` does: a fresh tsx process, which takes a second or two to start. */
const SCRIPT_TIMEOUT = 30_000;

const made: string[] = [];
/** A project folder with content/ holding `files`, as the scripts expect to find it. */
function projectWith(files: ContentFiles): string {
  const root = mkdtempSync(join(tmpdir(), 'samarbejdskort-content-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    const path = join(root, 'content', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return root;
}
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

function runScript(script: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts', script)], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lockOf = (files: ContentFiles): Record<string, string> =>
  (JSON.parse(files[LOCK] ?? '{}') as { cards: Record<string, string> }).cards;

describe('content:check', () => {
  it('summarises the real edition', () => {
    const result = checkContent(CONTENT_DIR);
    expect(result.ok).toBe(true);
    expect(result.output).toContain('Content edition 1.0.0 (published 2026-11-26): OK');
    expect(result.output).toContain('actors: 4 (elev, laerer, virksomhed, kommune)');
    expect(result.output).toContain('cards: 33 (33 active, 0 retired)');
    expect(result.output).toContain('errata: 14');
    expect(result.output).toMatch(/editorial notes: 11 \(/);
  });

  it('counts retired cards apart', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      json.cards[0].status = 'retired';
    });
    expect(checkContent(join(projectWith(files), 'content')).output).toContain('cards: 33 (32 active, 1 retired)');
  });

  it('exits 0 with the summary, and 1 naming the file and field of a problem', () => {
    const good = runScript('content-check.ts', projectWith(realContent()));
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('cards: 33');

    const broken = editJson(realContent(), 'actors/virksomhed.json', (json) => {
      json.symbol = '';
    });
    const bad = runScript('content-check.ts', projectWith(broken));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('content/actors/virksomhed.json › symbol: empty text');
  }, SCRIPT_TIMEOUT);
});

describe('content:lock', () => {
  it('has nothing to add for the real edition', () => {
    const update = updatePublishedIds(realContent());
    expect(update).toMatchObject({ added: [], moved: [], problems: [] });
    expect(update.cards).toEqual(lockOf(realContent()));
  });

  it('publishes every card, in the note’s order, when there is no lock yet', () => {
    const files = { ...realContent() };
    delete files[LOCK];
    const update = updatePublishedIds(files);
    expect(update.added).toHaveLength(33);
    expect(update.added[0]).toBe('virksomhed-laerer-vis-relevans');
    expect(update.added[32]).toBe('elev-virksomhed-fortael-gode-oplevelser');
    expect(update.cards['laerer-kommune-sikr-det-praktiske']).toBe('laerer->kommune');
  });

  it('adds a new card and never removes a deleted one', () => {
    let files = editJson(realContent(), COMPANIES, (json) => {
      json.cards.push({ ...json.cards[0], id: 'virksomhed-laerer-ny-ide' });
    });
    files = editJson(files, 'cards/til-kommuner.json', (json) => {
      json.cards.splice(0, 1);
    });
    const update = updatePublishedIds(files);
    expect(update.added).toEqual(['virksomhed-laerer-ny-ide']);
    expect(update.cards['virksomhed-laerer-ny-ide']).toBe('virksomhed->laerer');
    expect(update.cards['kommune-laerer-fortael-historierne']).toBe('kommune->laerer');
    expect(Object.keys(update.cards)).toHaveLength(34);
  });

  it('keeps the published pair of a card that moved, and says so', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      json.cards[0].to = 'elev';
    });
    const update = updatePublishedIds(files);
    expect(update.cards['virksomhed-laerer-vis-relevans']).toBe('virksomhed->laerer');
    expect(update.moved).toEqual(['virksomhed-laerer-vis-relevans: published as virksomhed->laerer, now virksomhed->elev']);
  });

  it('refuses to work from a broken card file', () => {
    const files = { ...realContent(), [COMPANIES]: '{' };
    expect(updatePublishedIds(files).problems).toEqual([
      expect.stringContaining('content/cards/til-virksomheder.json: malformed JSON'),
      'content/cards/til-virksomheder.json: invalid card file; run npm run content:check for details',
    ]);
  });

  it('writes the lock so that content:check passes', () => {
    const files = editJson(realContent(), COMPANIES, (json) => {
      json.cards.push({ ...json.cards[0], id: 'virksomhed-laerer-ny-ide' });
    });
    const root = projectWith(files);
    expect(checkContent(join(root, 'content')).ok).toBe(false);

    const lock = runScript('content-lock.ts', root);
    expect(lock.status).toBe(0);
    expect(lock.stdout).toContain('34 published ids, added 1: virksomhed-laerer-ny-ide');
    const written = JSON.parse(readFileSync(join(root, 'content', LOCK), 'utf8')) as { cards: Record<string, string> };
    expect(written.cards['virksomhed-laerer-ny-ide']).toBe('virksomhed->laerer');
    expect(checkContent(join(root, 'content')).ok).toBe(true);
  }, SCRIPT_TIMEOUT);
});

// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Two copies of Yjs in the client build nearly double the live chunk and break sync (each copy keeps
 * its own type registry). Every copy carries its own "already imported" warning: count them in the
 * built JS. The test builds the app itself (vite.config.ts, into a temporary folder): a dist/ left
 * from an earlier build may be stale, and `npm test` runs the unit tests before `npm run build`.
 */
describe('client build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'one-yjs-'));
  // A build on two busy cores: far above its usual ~15 s, only a hang fails here.
  beforeAll(() => build({ logLevel: 'error', build: { outDir, emptyOutDir: true } }), 300_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('holds exactly one copy of yjs', () => {
    const assets = join(outDir, 'assets');
    const copies = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .reduce((n, f) => n + (readFileSync(join(assets, f), 'utf8').match(/Yjs was already imported/g)?.length ?? 0), 0);
    expect(copies).toBe(1);
  });
});

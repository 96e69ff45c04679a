// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Two copies of Yjs in the client build nearly double the live chunk and break sync (each copy keeps
 * its own type registry). Every copy carries its own "already imported" warning: count them in the
 * built JS. Needs a build (`npm run build`) in dist/.
 */
describe('client build', () => {
  it('holds exactly one copy of yjs', () => {
    const assets = resolve(process.cwd(), 'dist', 'assets');
    const copies = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .reduce(
        (n, f) => n + (readFileSync(resolve(assets, f), 'utf8').match(/Yjs was already imported/g)?.length ?? 0),
        0,
      );
    expect(copies).toBe(1);
  });
});

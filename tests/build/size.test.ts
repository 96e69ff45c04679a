import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_MODULES_FILE } from '../../scripts/chunk-modules-plugin';
import { initialModules } from '../../scripts/size';

describe('npm run size', () => {
  it('names the modules of the initial chunks, largest first, from the build record', () => {
    const dist = mkdtempSync(join(tmpdir(), 'size-'));
    mkdirSync(join(dist, '.vite'));
    const root = resolve('.');
    writeFileSync(
      join(dist, CHUNK_MODULES_FILE),
      JSON.stringify({
        'assets/index-a.js': {
          modules: { [`${root}/src/app/main.tsx`]: 900, [`${root}/src/storage/record-store.ts`]: 4000 },
        },
        'assets/about-page-b.js': { modules: { [`${root}/src/ui/about/about-page.tsx`]: 7000 } },
      }),
    );
    const lines = initialModules(dist, [{ url: '/assets/index-a.js', raw: 1, gzip: 1 }]);
    expect(lines.map((line) => line.trim())).toEqual(['4000  src/storage/record-store.ts', '900  src/app/main.tsx']);
  });
});

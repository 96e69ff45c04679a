import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_MODULES_FILE } from '../../scripts/chunk-modules-plugin';
import { checkBudgets, initialModules, LIVE_CHUNK_GZIP_BUDGET, measureLiveChunk } from '../../scripts/size';

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

  it('finds the live chunk by the module it holds and fails a live chunk over its budget', () => {
    const dist = mkdtempSync(join(tmpdir(), 'size-'));
    mkdirSync(join(dist, '.vite'));
    mkdirSync(join(dist, 'assets'));
    const root = resolve('.');
    writeFileSync(
      join(dist, CHUNK_MODULES_FILE),
      JSON.stringify({
        'assets/index-a.js': { modules: { [`${root}/src/app/main.tsx`]: 900 } },
        'assets/x-b.js': { modules: { [`${root}/src/live/live-room.ts`]: 5000, [`${root}/node_modules/yjs/x.js`]: 9 } },
      }),
    );
    // Random bytes barely compress: this chunk is over 32 kB gzipped.
    writeFileSync(join(dist, 'assets/x-b.js'), randomBytes(LIVE_CHUNK_GZIP_BUDGET + 1000));
    const liveChunk = measureLiveChunk(dist);
    expect(liveChunk.url).toBe('assets/x-b.js');
    const report = {
      initialJs: [],
      initialJsGzip: 0,
      precache: [],
      precacheRaw: 0,
      precacheGzip: 0,
      pages: [],
      liveChunk,
    };
    expect(checkBudgets(report)).toEqual([
      `the live chunk assets/x-b.js is ${liveChunk.gzip} B gzip, budget ${LIVE_CHUNK_GZIP_BUDGET} B`,
    ]);
    expect(checkBudgets({ ...report, liveChunk: { ...liveChunk, gzip: LIVE_CHUNK_GZIP_BUDGET } })).toEqual([]);
  });
});

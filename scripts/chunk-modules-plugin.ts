import type { Plugin } from 'vite';

/** Where the build records each chunk's modules (a dot folder: never precached, never linked). */
export const CHUNK_MODULES_FILE = '.vite/chunk-modules.json';

/**
 * Records which source modules went into which chunk, so `npm run size` can name what the first
 * screen carries when it is over budget (a minified chunk no longer says).
 */
export function chunkModules(): Plugin {
  return {
    name: 'samarbejdskort-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, { modules: Record<string, number> }> = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const modules = Object.entries(file.modules).map(([id, m]) => [id, m.renderedLength] as const);
        chunks[file.fileName] = { modules: Object.fromEntries(modules) };
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_MODULES_FILE, source: JSON.stringify(chunks, null, 1) });
    },
  };
}

import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadEdition } from './load-edition';
import { readContentDir } from './read-content-dir';

export const CONTENT_MODULE_ID = 'virtual:content-edition';
const RESOLVED_ID = `\0${CONTENT_MODULE_ID}`;

/**
 * Loads content/ at build time, validates it (the build fails with the content checker's
 * message) and serves the resulting Edition as a module, so the app ships plain data and no
 * schema library.
 */
export function contentPlugin(contentDir = resolve(process.cwd(), 'content')): Plugin {
  return {
    name: 'samarbejdskort-content',
    resolveId(id) {
      return id === CONTENT_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readContentDir(contentDir);
      for (const file of Object.keys(files)) this.addWatchFile(resolve(contentDir, file));
      const edition = loadEdition(files);
      return `export const edition = JSON.parse(${JSON.stringify(JSON.stringify(edition))});`;
    },
  };
}

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Edition } from '../domain/edition';
import { loadEdition } from './load-edition';
import type { ContentFiles } from './load-edition';
import { readContentDir } from './read-content-dir';
import { packEdition } from './ship-edition';

export const CONTENT_MODULE_ID = 'virtual:content-edition';
const RESOLVED_ID = `\0${CONTENT_MODULE_ID}`;
/** Id of the <script type="application/json"> element that carries the edition in index.html. */
export const CONTENT_ELEMENT_ID = 'content-edition';
const SHIP_MODULE = fileURLToPath(new URL('./ship-edition.ts', import.meta.url));

interface ContentPluginOptions {
  readonly contentDir?: string;
  /**
   * 'html' (the app): the edition travels as JSON inside index.html and is parsed once at
   * start-up: data, not script, so it costs no JS compile time and no extra request, offline or not.
   * 'module' (tests, which have no index.html): the module itself holds the edition.
   */
  readonly embed?: 'html' | 'module';
}

/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Loads content/ at build time and validates it: the build fails with the content checker's
 * message naming file, field and problem. The app ships plain data and no schema library.
 */
export function contentPlugin({
  contentDir = resolve(process.cwd(), 'content'),
  embed = 'html',
}: ContentPluginOptions = {}): Plugin {
  const load = (): { files: ContentFiles; edition: Edition } => {
    const files = readContentDir(contentDir);
    return { files, edition: loadEdition(files) };
  };
  return {
    name: 'samarbejdskort-content',
    resolveId(id) {
      return id === CONTENT_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { files, edition } = load();
      for (const file of Object.keys(files)) this.addWatchFile(resolve(contentDir, file));
      if (embed === 'module') {
        return `export const edition = JSON.parse(${JSON.stringify(JSON.stringify(edition))});`;
      }
      return [
        `import { unpackEdition } from ${JSON.stringify(SHIP_MODULE)};`,
        `const element = document.getElementById(${JSON.stringify(CONTENT_ELEMENT_ID)});`,
        `if (!element || !element.textContent) throw new Error('index.html carries no content edition');`,
        'export const edition = unpackEdition(JSON.parse(element.textContent));',
      ].join('\n');
    },
    transformIndexHtml: {
      order: 'pre',
      handler() {
        if (embed !== 'html') return undefined;
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: CONTENT_ELEMENT_ID },
            children: jsonForHtml(packEdition(load().edition)),
            // After the static shell, so the first paint does not wait for the whole edition to parse.
            injectTo: 'body',
          },
        ];
      },
    },
  };
}

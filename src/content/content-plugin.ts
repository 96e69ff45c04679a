import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Edition } from '../domain/edition';
import { loadEdition } from './load-edition.ts';
import type { ContentFiles } from './load-edition.ts';
import { readContentDir } from './read-content-dir.ts';
import { splitEdition } from '../domain/split-edition.ts';
import { cardsFileName } from './cards-file.ts';
import { packCards, packCore } from './ship-edition.ts';

export const CONTENT_MODULE_ID = 'virtual:content-edition';
const RESOLVED_ID = `\0${CONTENT_MODULE_ID}`;
/** Id of the <script type="application/json"> element that carries the edition's core in index.html. */
export const CONTENT_ELEMENT_ID = 'content-edition';

const SHIP_MODULE = fileURLToPath(new URL('./ship-edition.ts', import.meta.url));

interface ContentPluginOptions {
  readonly contentDir?: string;
  /**
   * 'html' (the app): the edition's core (about, actors, profiles, blocks, deck sizes) travels as
   * JSON inside index.html, data rather than script, parsed at start-up; the cards, the part that
   * grows with the edition, are a JSON file of their own that loads beside the first screen
   * (precached, so offline too). The start page needs only the core.
   * 'module' (tests, which have no index.html): the module itself holds both.
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
  /** The shipped form: the core for index.html, the cards file with its content-named path. */
  const ship = (edition: Edition) => {
    const { core, cards } = splitEdition(edition);
    const cardsJson = JSON.stringify(packCards(cards));
    const hash = createHash('sha256').update(cardsJson).digest('hex').slice(0, 10);
    return { core: packCore(core), cardsJson, cardsFile: cardsFileName(hash) };
  };
  let shipped: ReturnType<typeof ship> | undefined;
  return {
    name: 'samarbejdskort-content',
    resolveId(id) {
      return id === CONTENT_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { files, edition } = load();
      for (const file of Object.keys(files)) this.addWatchFile(resolve(contentDir, file));
      shipped = ship(edition);
      if (embed === 'module') {
        return [
          `import { unpackCards, unpackCore } from ${JSON.stringify(SHIP_MODULE)};`,
          `export const editionCore = unpackCore(${JSON.stringify(shipped.core)});`,
          `const cards = unpackCards(${shipped.cardsJson});`,
          'export const loadCards = () => Promise.resolve(cards);',
        ].join('\n');
      }
      return [
        `import { unpackCards, unpackCore } from ${JSON.stringify(SHIP_MODULE)};`,
        `const element = document.getElementById(${JSON.stringify(CONTENT_ELEMENT_ID)});`,
        `if (!element || !element.textContent) throw new Error('index.html carries no content edition');`,
        'export const editionCore = unpackCore(JSON.parse(element.textContent));',
        'let loading;',
        `const fetchCards = () => fetch(${JSON.stringify(`/${shipped.cardsFile}`)}).then((response) => {`,
        "  if (!response.ok) throw new Error(`the cards file answered ${response.status}`);",
        '  return response.json();',
        '}).then(unpackCards);',
        '// One retry: a tablet that just woke may lose the first request.',
        'export const loadCards = () => (loading ??= fetchCards().catch(() => new Promise((wait) => setTimeout(wait, 500)).then(fetchCards)));',
      ].join('\n');
    },
    configureServer(server) {
      if (embed !== 'html') return;
      // The dev server has no build output: it answers for the cards file itself.
      server.middlewares.use((request, response, next) => {
        shipped ??= ship(load().edition);
        if (request.url !== `/${shipped.cardsFile}`) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(shipped.cardsJson);
      });
    },
    generateBundle() {
      if (embed !== 'html') return;
      shipped ??= ship(load().edition);
      this.emitFile({ type: 'asset', fileName: shipped.cardsFile, source: shipped.cardsJson });
    },
    transformIndexHtml: {
      order: 'pre',
      handler() {
        if (embed !== 'html') return undefined;
        shipped ??= ship(load().edition);
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: CONTENT_ELEMENT_ID },
            children: jsonForHtml(shipped.core),
            // After the static shell, so the first paint does not wait for it to parse.
            injectTo: 'body',
          },
        ];
      },
    },
  };
}

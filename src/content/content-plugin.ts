import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Edition } from '../domain/edition';
import { loadEdition } from './load-edition.ts';
import type { ContentFiles } from './load-edition.ts';
import { readContentDir } from './read-content-dir.ts';
import { splitEdition } from '../domain/split-edition.ts';
import { cardsFileName, coreFileName } from './cards-file.ts';
import { packCards } from './ship-edition.ts';

export const CONTENT_MODULE_ID = 'virtual:content-edition';
const RESOLVED_ID = `\0${CONTENT_MODULE_ID}`;

const SHIP_MODULE = fileURLToPath(new URL('./ship-edition.ts', import.meta.url));

interface ContentPluginOptions {
  readonly contentDir?: string;
  /**
   * 'html' (the app): the edition's core (about, actors, profiles, blocks, deck sizes) and its
   * cards are two content-named JSON files (precached, so offline too). The prerendered HTML
   * already shows the first screen, so neither has to travel inside it: the page stays within the
   * first round trip (14 kB), and the core loads with the entry script, before hydration.
   * 'module' (tests and the build's prerender): the module itself holds both.
   */
  readonly embed?: 'html' | 'module';
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
  const hashOf = (json: string): string => createHash('sha256').update(json).digest('hex').slice(0, 10);
  /** The shipped form: the core and the cards, each with its content-named path. */
  const ship = (edition: Edition) => {
    const { core, cards } = splitEdition(edition);
    const cardsJson = JSON.stringify(packCards(cards));
    // A file of its own now, no longer inside index.html: shipped as it is, so the browser unpacks nothing.
    const coreJson = JSON.stringify(core);
    return { coreJson, coreFile: coreFileName(hashOf(coreJson)), cardsJson, cardsFile: cardsFileName(hashOf(cardsJson)) };
  };
  let shipped: ReturnType<typeof ship> | undefined;
  return {
    name: 'samarbejdskort-content',
    resolveId(id) {
      return id === CONTENT_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id, options) {
      if (id !== RESOLVED_ID) return undefined;
      const { files, edition } = load();
      for (const file of Object.keys(files)) this.addWatchFile(resolve(contentDir, file));
      shipped = ship(edition);
      // A server render (the build's prerender) has no document: it gets the module form.
      if (embed === 'module' || options?.ssr) {
        return [
          `import { unpackCards } from ${JSON.stringify(SHIP_MODULE)};`,
          `const core = ${shipped.coreJson};`,
          'export const loadCore = () => Promise.resolve(core);',
          `const cards = unpackCards(${shipped.cardsJson});`,
          'export const loadCards = () => Promise.resolve(cards);',
        ].join('\n');
      }
      return [
        `import { unpackCards } from ${JSON.stringify(SHIP_MODULE)};`,
        'const fetchJson = (url) => fetch(url).then((response) => {',
        "  if (!response.ok) throw new Error(`${url} answered ${response.status}`);",
        '  return response.json();',
        '});',
        '// One retry: a tablet that just woke may lose the first request.',
        'const once = (url, unpack) => {',
        '  let loading;',
        '  const retry = () => new Promise((wait) => setTimeout(wait, 500)).then(() => fetchJson(url));',
        '  return () => (loading ??= fetchJson(url).catch(retry).then(unpack));',
        '};',
        `export const loadCore = once(${JSON.stringify(`/${shipped.coreFile}`)}, (core) => core);`,
        `export const loadCards = once(${JSON.stringify(`/${shipped.cardsFile}`)}, unpackCards);`,
      ].join('\n');
    },
    configureServer(server) {
      if (embed !== 'html') return;
      // The dev server has no build output: it answers for the cards file itself.
      server.middlewares.use((request, response, next) => {
        shipped ??= ship(load().edition);
        const json = { [`/${shipped.cardsFile}`]: shipped.cardsJson, [`/${shipped.coreFile}`]: shipped.coreJson }[request.url ?? ''];
        if (json === undefined) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(json);
      });
    },
    generateBundle() {
      if (embed !== 'html') return;
      shipped ??= ship(load().edition);
      this.emitFile({ type: 'asset', fileName: shipped.cardsFile, source: shipped.cardsJson });
      this.emitFile({ type: 'asset', fileName: shipped.coreFile, source: shipped.coreJson });
    },
  };
}

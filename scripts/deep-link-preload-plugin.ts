import type { Plugin, Rollup } from 'vite';
import { builtHtmlPlugin } from './built-html-plugin.ts';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** Route prefixes whose screen is a lazy chunk, with the module that starts it. */
export interface DeepLinkScreen {
  readonly pathPrefix: string;
  /** The dynamically imported module, relative to the project root (e.g. src/ui/deck/deck-page.tsx). */
  readonly module: string;
  /** Data files in the build that the screen fetches before it can show anything (e.g. the cards). */
  readonly data?: readonly RegExp[];
}

/** The build's files whose names match, e.g. the content-named cards file. */
export function dataFiles(bundle: OutputBundle, patterns: readonly RegExp[]): string[] {
  return patterns.map((pattern) => {
    const match = Object.keys(bundle).find((fileName) => pattern.test(fileName));
    if (!match) throw new Error(`deep-link preload: no file in the build matches ${String(pattern)}`);
    return match;
  });
}

/** Every chunk and stylesheet a dynamic entry needs that the page does not already load eagerly. */
export function filesFor(bundle: OutputBundle, module: string): string[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${module}`));
  if (!start) throw new Error(`deep-link preload: no chunk starts at ${module}`);
  const eager = new Set<string>();
  const addEager = (fileName: string): void => {
    if (eager.has(fileName)) return;
    eager.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') chunk.imports.forEach(addEager);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => addEager(chunk.fileName));
  const files: string[] = [];
  const visit = (fileName: string): void => {
    if (eager.has(fileName) || files.includes(fileName)) return;
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') return;
    files.push(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) if (!files.includes(css)) files.push(css);
    chunk.imports.forEach(visit);
  };
  visit(start.fileName);
  return files;
}

/**
 * A deep link to a lazy screen (a deck URL someone shared) would fetch that screen's chunks (and
 * the cards it shows) only once the entry chunk has run. A few bytes of inline script in index.html start those requests
 * with the entry's, so the card paints a round trip sooner on a slow connection. Other URLs fetch
 * nothing extra.
 */
export function deepLinkPreload(screens: readonly DeepLinkScreen[]): Plugin {
  return builtHtmlPlugin('samarbejdskort-deep-link-preload', (html, bundle) => {
    const table = screens.map(({ pathPrefix, module, data = [] }) => [
      pathPrefix,
      [...dataFiles(bundle, data), ...filesFor(bundle, module)].map((file) => `/${file}`),
    ]);
    const script =
      `<script>(function(t,p){for(var i=0;i<t.length;i++)if(p.indexOf(t[i][0])===0)t[i][1].forEach(function(h){` +
      `var l=document.createElement('link');if(/\\.json$/.test(h)){l.rel='preload';l.as='fetch';l.crossOrigin='anonymous'}` +
      `else l.rel=/\\.css$/.test(h)?'stylesheet':'modulepreload';l.href=h;document.head.appendChild(l)})})` +
      `(${JSON.stringify(table)},location.pathname)</script>`;
    return html.replace('</head>', `${script}</head>`);
  });
}

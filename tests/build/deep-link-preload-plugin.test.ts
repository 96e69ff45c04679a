import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { dataFiles, deepLinkPreload, filesFor } from '../../scripts/deep-link-preload-plugin';
import { CARDS_FILE_PATTERN } from '../../src/content/cards-file';

function chunk(
  fileName: string,
  options: { facade?: string; isEntry?: boolean; imports?: string[]; css?: string[] } = {},
): Rollup.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId: options.facade ? `/project/${options.facade}` : null,
    isEntry: options.isEntry ?? false,
    imports: options.imports ?? [],
    viteMetadata: { importedCss: new Set(options.css ?? []), importedAssets: new Set() },
  } as unknown as Rollup.OutputChunk;
}

const bundle = Object.fromEntries(
  [
    chunk('assets/runtime.js'),
    chunk('assets/app.js', { facade: 'index.html', isEntry: true, imports: ['assets/runtime.js'] }),
    chunk('assets/deck-page.js', {
      facade: 'src/ui/deck/deck-page.tsx',
      imports: ['assets/app.js', 'assets/pair-label.js'],
      css: ['assets/deck-page.css'],
    }),
    chunk('assets/pair-label.js', { imports: ['assets/app.js'] }),
    chunk('assets/notes-page.js', {
      facade: 'src/ui/notes/notes-page.tsx',
      imports: ['assets/app.js', 'assets/pair-label.js'],
    }),
    { type: 'asset', fileName: 'assets/cards-0123456789.json' },
  ].map((c) => [c.fileName, c]),
) as unknown as Rollup.OutputBundle;

type Handler = (html: string, ctx: { bundle?: Rollup.OutputBundle }) => string;

function transform(html: string): string {
  const hook = deepLinkPreload([
    { pathPrefix: '/kort/', module: 'src/ui/deck/deck-page.tsx', data: [CARDS_FILE_PATTERN] },
  ]).transformIndexHtml as { handler: Handler };
  return hook.handler(html, { bundle });
}

/** Runs the inline script the plugin adds, as the browser would at `path`, and lists the links it opened. */
function linksOpenedAt(path: string): string[] {
  const html = transform('<!doctype html><html><head><title>x</title></head><body></body></html>');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('no inline script in index.html');
  document.head.querySelectorAll('link').forEach((link) => link.remove());
  window.history.replaceState(null, '', path);
  new Function(script)();
  return [...document.head.querySelectorAll('link')].map(
    (link) => `${link.rel}${link.as ? ` as=${link.as}` : ''} ${link.getAttribute('href') ?? ''}`,
  );
}

describe('deep-link preload', () => {
  it('lists the lazy screen with its stylesheet and the chunks it imports, not what the entry already loads', () => {
    expect(filesFor(bundle, 'src/ui/deck/deck-page.tsx')).toEqual([
      'assets/deck-page.js',
      'assets/deck-page.css',
      'assets/pair-label.js',
    ]);
  });

  it('fails the build when the screen has no chunk of its own (renamed or made eager) or its data is missing', () => {
    expect(() => filesFor(bundle, 'src/ui/deck/gone.tsx')).toThrow(/no chunk starts at src\/ui\/deck\/gone\.tsx/);
    expect(() => dataFiles(bundle, [/^assets\/gone-.*\.json$/])).toThrow(/no file in the build matches/);
  });

  it('starts the deck chunks on a deck URL and nothing on any other', () => {
    expect(linksOpenedAt('/kort/laerer/virksomhed/laerer-virksomhed-1')).toEqual([
      'preload as=fetch /assets/cards-0123456789.json',
      'modulepreload /assets/deck-page.js',
      'stylesheet /assets/deck-page.css',
      'modulepreload /assets/pair-label.js',
    ]);
    expect(linksOpenedAt('/')).toEqual([]);
    expect(linksOpenedAt('/noter')).toEqual([]);
  });
});

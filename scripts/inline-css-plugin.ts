import type { Plugin } from 'vite';
import { builtHtmlPlugin } from './built-html-plugin.ts';
import { inlineStyle } from './prerender-plugin.ts';

/**
 * Moves the entry stylesheet into index.html as a <style> element. On a slow connection the
 * render-blocking request for it costs a round trip before anything is painted; inline, the
 * first paint needs only the HTML. Stylesheets of lazy screens stay files of their own.
 * The file itself stays in the build (and the precache): a lazy chunk's preload list may name it,
 * and a missing file would make that import fail offline. A disabled link to it tells Vite's
 * preload helper it is there, so it is not downloaded again when that chunk loads.
 */
export function inlineEntryCss(): Plugin {
  return builtHtmlPlugin('samarbejdskort-inline-entry-css', (html, bundle) =>
    html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (tag, fileName: string) => {
      const asset = bundle[fileName];
      if (!asset || asset.type !== 'asset') return tag;
      return inlineStyle(`/${fileName}`, String(asset.source));
    }),
  );
}

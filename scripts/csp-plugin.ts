import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { cspPolicy, inlineHashes, mergeHashes, withCsp } from './csp.ts';
import type { CspOptions } from './csp.ts';

/** Where the host headers template lives; `__CSP__` in it becomes the build's policy. */
const HEADERS_TEMPLATE = new URL('../deploy/_headers', import.meta.url);

/**
 * Puts a Content-Security-Policy <meta> into every HTML file the build emits (index.html and any
 * prerendered page, however it was added: this runs over the finished bundle, after the other
 * plugins), and writes `_headers` (Netlify/Cloudflare format, deploy/_headers filled in) with the
 * same policy as a header. The service worker's precache hashes the files on disk afterwards, so
 * its revision of index.html covers the policy.
 */
export function contentSecurityPolicy(options: CspOptions = {}): Plugin {
  return {
    name: 'samarbejdskort-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        const pages = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
        const hashes = mergeHashes(pages.map((page) => inlineHashes(String(page.type === 'asset' && page.source))));
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          // index.html, the shell of every route not prerendered, carries the host header's policy (every page's
          // hashes); a prerendered page only its own (a page is held to both its <meta> and the header).
          page.source = withCsp(String(page.source), options, page.fileName === 'index.html' ? hashes : undefined);
        }
        const policy = cspPolicy(hashes, options, true);
        const template = readFileSync(HEADERS_TEMPLATE, 'utf8');
        this.emitFile({ type: 'asset', fileName: '_headers', source: template.replaceAll('__CSP__', policy) });
      },
    },
  };
}

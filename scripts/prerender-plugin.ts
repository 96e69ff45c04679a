import { resolve } from 'node:path';
import { createServer } from 'vite';
import type { Plugin, Rollup } from 'vite';
import { contentPlugin } from '../src/content/content-plugin.ts';
import { CORE_FILE_PATTERN } from '../src/content/cards-file.ts';
import { dataFiles, filesFor } from './deep-link-preload-plugin.ts';

/** The class index.html's inline script sets when the HTML cannot be hydrated (src/app/main.tsx reads it). */
const RENDER_FRESH_CLASS = 'render-fresh';
/** What the prerender module (src/app/prerender.tsx) offers, loaded through Vite's SSR. */
interface PrerenderModule {
  prerenderedPaths(): Promise<string[]>;
  renderPage(path: string): Promise<string>;
  NOT_FOUND_PATH: string;
}

/**
 * Before paint, static (a CSP hashes it): the HTML is drawn in Danish for one path (`data-prerendered`
 * on <html>, "*" for any unknown path). A stored other language, a shuffled deck (?bland=) or another
 * path (a fallback page) hides it until the client has drawn the page itself, so nobody sees Danish
 * first or the wrong page.
 */
const BEFORE_PAINT =
  "<script>(function(d){var l,p=location.pathname.replace(/(.)\\/$/,'$1'),r=d.getAttribute('data-prerendered');" +
  "try{l=localStorage.getItem('samarbejdskort.language')}catch(e){}" +
  `if((l&&l!=='da')||/[?&]bland=/.test(location.search)||(r!=='*'&&r!==p))d.classList.add('${RENDER_FRESH_CLASS}')` +
  '})(document.documentElement)</script>';

/** When an untouched prerendered page loads the app after its load event (offline install, notes). */
const IDLE_START_MS = 4000;

/**
 * The app's code after the HTML: a page that shows what its HTML shows loads the entry script (its
 * preloads, the edition's core) when the reader reaches for it (a touch, a pointer, a key, focus) or a
 * few seconds after the page has loaded, when the reader is reading and the tablet is idle: the first
 * screen is complete as HTML, and a cheap tablet's main thread stays free while it is read. A page that
 * cannot be shown as it is (render-fresh: another language, a shuffled deck, another path) loads it after
 * its first frame. A tap on a button before React listens is kept and done once the screen is committed
 * (src/app/main.tsx calls samarbejdskortShown, which also shows a page drawn afresh and marks the page
 * interactive for the bench and the tests); links are plain links and work before; a radio chosen before
 * is taken over by its screen (src/ui/start/deck-picker.tsx).
 */
export function afterPaintLoader(scripts: readonly string[], data: readonly string[]): string {
  return (
    '<script>(function(u,j){var d=document,h=d.documentElement,q=[],n=0;' +
    "d.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button');" +
    // Only a button that does nothing without the app (a menu's popovertarget opens natively).
    "if(b&&b.type==='button'&&!b.hasAttribute('popovertarget')&&!('listening' in h.dataset))q.push(b)},true);" +
    `window.samarbejdskortShown=function(){h.classList.remove('${RENDER_FRESH_CLASS}');` +
    "q.splice(0).forEach(function(b){b.isConnected&&b.click()});performance.mark('samarbejdskort:interactive')};" +
    "function go(){if(n++)return;j.forEach(function(h){var l=d.createElement('link');l.rel='preload';l.as='fetch';" +
    "l.crossOrigin='anonymous';l.href=h;d.head.appendChild(l)});u.forEach(function(h,i){var s=d.createElement(i?'link':'script');" +
    "if(i){s.rel='modulepreload';s.href=h}else{s.type='module';s.src=h}d.head.appendChild(s)})}" +
    `if(h.classList.contains('${RENDER_FRESH_CLASS}')){requestAnimationFrame(function(){setTimeout(go)});` +
    // A hidden tab draws no frames: the timeout starts the app there.
    'setTimeout(go,1000)}else{' +
    `['pointerdown','pointermove','touchstart','keydown','focusin'].forEach(function(t){addEventListener(t,go,{capture:true,passive:true})});` +
    `addEventListener('load',function(){setTimeout(go,${IDLE_START_MS})})}})` +
    `(${JSON.stringify(scripts)},${JSON.stringify(data)})</script>`
  );
}

/** The JS an HTML page loads, read from its after-paint loader (for `npm run size`). */
export function loaderScriptUrls(html: string): string[] {
  const match = /<script>\(function\(u,j\)[\s\S]*?\}\)\((\[[^\]]*\]),/.exec(html);
  return match?.[1] ? (JSON.parse(match[1]) as string[]) : [];
}

/** Where a prerendered path's file goes: directory style for workbox's cleanURLs and static hosts. */
export function fileForPath(path: string, notFoundPath: string): string {
  if (path === '/') return 'index.html';
  if (path === notFoundPath) return '404.html';
  return `${path.slice(1)}.html`;
}

/** A screen of its own chunk (the deck): its pages get its stylesheet inline and its files after the paint. */
export interface LazyScreen {
  readonly pathPrefix: string;
  /** The dynamically imported module, relative to the project root (e.g. src/ui/deck/deck-page.tsx). */
  readonly module: string;
  /** Data files in the build that the screen needs before it can show anything (e.g. the cards). */
  readonly data?: readonly RegExp[];
}

/** A stylesheet inline, and a disabled link that tells Vite's preload helper it is there (it fetches nothing). */
export function inlineStyle(href: string, css: string): string {
  return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style><link rel="stylesheet" href="${href}" disabled>`;
}

/** index.html made into a page's template: the entry (and a lazy screen's files) after the first paint. */
function templateFor(html: string, bundle: Rollup.OutputBundle, screen: LazyScreen | undefined): string {
  const scripts: string[] = [];
  let page = html.replace(/\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g, (_, src: string) => {
    scripts.unshift(src);
    return '';
  });
  page = page.replace(/\s*<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g, (_, href: string) => {
    scripts.push(href);
    return '';
  });
  if (scripts.length === 0) throw new Error('prerender: index.html has no module script');
  const data = dataFiles(bundle, [CORE_FILE_PATTERN, ...(screen?.data ?? [])]).map((file) => `/${file}`);
  let styles = '';
  if (screen) {
    for (const file of filesFor(bundle, screen.module)) {
      const asset = bundle[file];
      if (asset?.type === 'asset') styles += inlineStyle(`/${file}`, String(asset.source));
      else scripts.push(`/${file}`);
    }
  }
  page = page.replace('</title>', `</title>${BEFORE_PAINT}`).replace('</head>', `${styles}</head>`);
  return page.replace('</body>', `${afterPaintLoader(scripts, data)}</body>`);
}

/**
 * The first screen of every page as HTML, drawn at build time by React's own server renderer
 * (src/app/prerender.tsx through Vite's SSR): the start page, each pair's deck with its first card,
 * each card's own address, not found (404.html). Emitted beside index.html, so the service worker
 * precaches them and finds them by workbox's cleanURLs (/kort/laerer/virksomhed ->
 * kort/laerer/virksomhed.html), as static hosts do. `pages: false` (the bench's synthetic
 * editions of 10,000 cards) keeps only the after-paint loading.
 */
export function prerenderPages({
  pages = true,
  screens = [],
}: { readonly pages?: boolean; readonly screens?: readonly LazyScreen[] } = {}): Plugin {
  return {
    name: 'samarbejdskort-prerender',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const built = String(index.source);
      index.source = templateFor(built, bundle, undefined);
      if (!pages) return;
      const root = resolve(import.meta.dirname, '..');
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        // No dependency scan of the client's entries: only the server render's modules load.
        optimizeDeps: { noDiscovery: true, include: [] },
        plugins: [contentPlugin({ embed: 'module' })],
      });
      try {
        const app = (await server.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderModule;
        for (const path of await app.prerenderedPaths()) {
          const markup = await app.renderPage(path);
          const marked = path === app.NOT_FOUND_PATH ? '*' : path;
          const screen = screens.find(({ pathPrefix }) => path.startsWith(pathPrefix));
          const html = templateFor(built, bundle, screen)
            .replace(/<html lang="da"/, `<html lang="da" data-prerendered="${marked}"`)
            .replace(
              /(<div id="root">)[\s\S]*?(<\/div>)/,
              (_, open: string, close: string) => `${open}${markup}${close}`,
            );
          const fileName = fileForPath(path, app.NOT_FOUND_PATH);
          if (fileName === 'index.html') index.source = html;
          else this.emitFile({ type: 'asset', fileName, source: html });
        }
      } finally {
        await server.close();
      }
    },
  };
}

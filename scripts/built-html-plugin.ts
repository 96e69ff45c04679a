import type { Plugin, Rollup } from 'vite';

/**
 * A build-only plugin that rewrites index.html once the bundle is known (hashed file names,
 * chunk graph), after Vite's own changes: the shape both of our index.html plugins share.
 */
export function builtHtmlPlugin(name: string, rewrite: (html: string, bundle: Rollup.OutputBundle) => string): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return ctx.bundle ? rewrite(html, ctx.bundle) : html;
      },
    },
  };
}

import { createHash } from 'node:crypto';

/*
 * The Content-Security-Policy: no inline script or style runs but the ones the build wrote (by
 * hash), and nothing loads from anywhere but the app's own origin (plus a live-room server, when
 * one is configured: `connectSrc`). A pure function over an HTML string, so every page the build
 * emits (index.html, prerendered pages) gets its own.
 */
export interface CspOptions {
  /** Origins besides 'self' the app may connect to (a live-room server, e.g. "wss://rum.example.dk"). */
  readonly connectSrc?: readonly string[];
  /** Texts of <style> elements the app adds at run time (allowed by hash like the inline ones). */
  readonly styles?: readonly string[];
}

export interface InlineHashes {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
  /** Values of style="" attributes in the HTML (prerendered actor colours), allowed by 'unsafe-hashes'. */
  readonly styleAttributes: readonly string[];
}

// A <script> without src that the browser runs (a JSON data block is never run, so it needs no hash).
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const DATA_BLOCK = /\btype=["']?application\/(?:ld\+)?json/i;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;
const unescapeAttribute = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of a page's inline scripts and styles, exactly as the browser will hash them. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes = '']) => !/\bsrc=/i.test(attributes) && !DATA_BLOCK.test(attributes))
    .map(([, , body = '']) => sha256(body));
  const styles = [...html.matchAll(INLINE_STYLE)].map(([, body = '']) => sha256(body));
  const styleAttributes = [...html.matchAll(STYLE_ATTRIBUTE)].map(([, value = '']) => sha256(unescapeAttribute(value)));
  return {
    scripts: [...new Set(scripts)],
    styles: [...new Set(styles)],
    styleAttributes: [...new Set(styleAttributes)],
  };
}

/**
 * The policy for the given hashes. `header`: the HTTP header's version, which adds what a <meta>
 * policy ignores (frame-ancestors).
 */
export function cspPolicy(hashes: InlineHashes, options: CspOptions = {}, header = false): string {
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes.scripts].join(' '),
    [
      'style-src',
      "'self'",
      ...new Set([...hashes.styles, ...(options.styles ?? []).map(sha256)]),
      // The HTML parser applies a style attribute only by hash, and only with 'unsafe-hashes'.
      ...(hashes.styleAttributes.length > 0 ? ["'unsafe-hashes'", ...hashes.styleAttributes] : []),
    ].join(' '),
    // A backup download is a blob: URL; the QR code is inline SVG.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ['connect-src', "'self'", ...(options.connectSrc ?? [])].join(' '),
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/**
 * The page with its policy early in <head> (after the charset, before any inline script it allows).
 * `hashes`: every page's (mergeHashes) for the page whose policy is also the host header's.
 */
export function withCsp(html: string, options: CspOptions = {}, hashes = inlineHashes(html)): string {
  const policy = cspPolicy(hashes, options);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const at = /<meta charset[^>]*>/i.test(html) ? /<meta charset[^>]*>/i : /<head(\s[^>]*)?>/i;
  const withMeta = html.replace(at, (tag) => `${tag}\n    ${meta}`);
  if (withMeta === html) throw new Error('withCsp: the page has no <head>');
  return withMeta;
}

/** One policy for every page a host serves: the union of their hashes. */
export function mergeHashes(all: readonly InlineHashes[]): InlineHashes {
  return {
    scripts: [...new Set(all.flatMap((hashes) => hashes.scripts))],
    styles: [...new Set(all.flatMap((hashes) => hashes.styles))],
    styleAttributes: [...new Set(all.flatMap((hashes) => hashes.styleAttributes))],
  };
}

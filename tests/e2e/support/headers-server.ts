import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from '../../../server/content-types';

/*
 * dist/ served as deploy/ tells a host to: the headers of dist/_headers (Netlify/Cloudflare rules:
 * every matching rule's headers, `*` matching any text), a 404 for a missing file-like path (one
 * with an extension, as nginx.conf does), index.html for any other path (an app route).
 */
interface Rule {
  readonly pattern: RegExp;
  readonly headers: readonly (readonly [string, string])[];
}

export function readHeadersFile(text: string): Rule[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export async function startHeadersServer(
  dist: string,
): Promise<{ readonly url: (path: string) => string; stop(): Promise<void> }> {
  const rules = readHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const headers = new Map<string, string>();
    for (const rule of rules) {
      if (!rule.pattern.test(path)) continue;
      for (const [name, value] of rule.headers) {
        const key = name.toLowerCase();
        headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
      }
    }
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    const found = file.startsWith(dist) && existsSync(file) && statSync(file).isFile();
    const served = found ? file : extname(path) === '' ? join(dist, 'index.html') : undefined;
    for (const [name, value] of headers) response.setHeader(name, value);
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream' })
      .end(readFileSync(served));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

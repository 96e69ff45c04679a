import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startHeadersServer } from './support/headers-server';
import { defaultDistDir } from './support/preview-server';

/* dist/ served with the rules of dist/_headers (deploy/_headers filled in by the build). */
describe('hosting headers (deploy/)', () => {
  const dist = defaultDistDir();
  let server: Awaited<ReturnType<typeof startHeadersServer>>;
  before(async () => {
    server = await startHeadersServer(dist);
  });
  after(() => server.stop());

  const get = (path: string): Promise<Response> => fetch(server.url(path));
  const asset = readdirSync(resolve(dist, 'assets')).find((name) => name.endsWith('.js'));

  test('every response carries the security headers and the build’s policy', async () => {
    const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    for (const path of ['/', '/kort/laerer/virksomhed', `/assets/${asset}`, '/sw.js', '/manifest.webmanifest']) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.equal(csp, `${meta}; frame-ancestors 'none'`, path);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
      assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d{8}/, path);
      assert.match(response.headers.get('permissions-policy') ?? '', /camera=\(\), geolocation=\(\)/, path);
    }
  });

  test('the service worker, the page and the manifest are revalidated; hashed assets cached for good', async () => {
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      assert.equal((await get(path)).headers.get('cache-control'), 'no-cache', path);
    }
    assert.equal((await get(`/assets/${asset}`)).headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  test('a missing asset is a real 404, never index.html', async () => {
    const response = await get('/assets/app-gone1234.js');
    assert.equal(response.status, 404);
    assert.doesNotMatch(await response.text(), /<html/i);
    assert.equal((await get('/findes-ikke.css')).status, 404);
  });
});

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { e2eSession } from './support/session';
import { waitUntil } from './support/wait';

const session = e2eSession();

interface ManifestIcon {
  readonly src: string;
  readonly sizes?: string;
  readonly type?: string;
  readonly purpose?: string;
}

interface WebManifest {
  readonly name?: string;
  readonly short_name?: string;
  readonly start_url?: string;
  readonly display?: string;
  readonly theme_color?: string;
  readonly background_color?: string;
  readonly icons?: readonly ManifestIcon[];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'icon should be a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('installability', () => {
  session.journey('Chromium finds nothing that stops installing the app', async ({ server, context, page }) => {
    await page.goto(server.url('/'));
    const cdp = await context.newCDPSession(page);
    // The manifest loads after the page; ask until Chromium has read it (errors then settle).
    const errors = await waitUntil(
      'Page.getInstallabilityErrors to report no errors',
      async () => {
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        return installabilityErrors.length === 0 ? installabilityErrors : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 250 },
    ).catch(async (error: unknown) => {
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      throw new Error(`${String(error)}; last answer: ${JSON.stringify(installabilityErrors)}`);
    });
    assert.deepEqual(errors, []);
    await cdp.detach();
  });

  session.journey('the manifest has 192, 512 and maskable PNG icons and the theme colour', async ({ server, page }) => {
    await page.goto(server.url('/'));
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    assert.ok(manifestHref, 'index.html should link a manifest');
    const manifestUrl = new URL(manifestHref, server.url('/'));
    assert.equal(manifestUrl.origin, server.origin);
    const response = await page.request.get(manifestUrl.href);
    assert.equal(response.status(), 200);
    const manifest = (await response.json()) as WebManifest;

    assert.equal(manifest.theme_color?.toLowerCase(), '#1f3a5f');
    assert.ok(manifest.background_color, 'background_color');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.name && manifest.short_name, 'name and short_name');

    const themeMeta = await page.locator('meta[name="theme-color"]').getAttribute('content');
    assert.equal(
      themeMeta?.toLowerCase(),
      manifest.theme_color.toLowerCase(),
      '<meta name="theme-color"> should match the manifest',
    );

    const icons = manifest.icons ?? [];
    const purposes = (icon: ManifestIcon): string[] => (icon.purpose ?? 'any').split(/\s+/);
    const find = (size: string, purpose: string): ManifestIcon | undefined =>
      icons.find(
        (icon) =>
          icon.sizes?.split(/\s+/).includes(size) && purposes(icon).includes(purpose) && icon.type === 'image/png',
      );
    const wanted: [string, string][] = [
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ];
    for (const [size, purpose] of wanted) {
      const icon = find(size, purpose);
      assert.ok(icon, `manifest should list a ${size} PNG icon with purpose ${purpose}: ${JSON.stringify(icons)}`);
      const iconResponse = await page.request.get(new URL(icon.src, manifestUrl).href);
      assert.equal(iconResponse.status(), 200, `${icon.src} should load`);
      const { width, height } = pngSize(await iconResponse.body());
      assert.equal(`${width}x${height}`, size, `${icon.src} should really be ${size}`);
    }

    for (const selector of ['link[rel="icon"]', 'link[rel="apple-touch-icon"]']) {
      const href = await page.locator(selector).first().getAttribute('href');
      assert.ok(href, `index.html should have ${selector}`);
      const iconResponse = await page.request.get(new URL(href, server.url('/')).href);
      assert.equal(iconResponse.status(), 200, `${selector} ${href} should load`);
    }
  });
});

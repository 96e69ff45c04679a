import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe } from 'node:test';
import { defaultDistDir } from './support/preview-server';
import { e2eSession } from './support/session';

const session = e2eSession();

/** Every screen the router knows (src/ui/routing/route.ts), and an unknown path. */
const ROUTES = [
  '/',
  '/noter',
  '/om',
  '/soeg',
  '/mine-kort',
  '/egne-kort',
  '/egne-kort/ny',
  '/delt',
  '/forberedelse',
  '/udskriv',
  '/udskriv/laerer/virksomhed',
  '/aktoer/laerer',
  '/kort/laerer/virksomhed',
  '/kort/elev/alle',
  '/styr/laerer/virksomhed',
  '/skaerm',
  '/findes-ikke',
];

describe('Content-Security-Policy', () => {
  session.journey('the built page carries a policy without unsafe-inline scripts', async () => {
    const html = readFileSync(resolve(defaultDistDir(), 'index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(policy, /script-src 'self' 'sha256-/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "connect-src 'self'"])
      assert.ok(policy.includes(directive), directive);
    const headers = readFileSync(resolve(defaultDistDir(), '_headers'), 'utf8');
    assert.ok(
      headers.includes(`${policy}; frame-ancestors 'none'`),
      'the host header carries the same policy, plus frame-ancestors',
    );
  });

  session.journey(
    'every route runs with the policy active and reports no violation',
    async ({ server, page }) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text()))
          violations.push(`${page.url()}: ${message.text()}`);
      });
      // Recorded in the page from its first script on, then read after each visit.
      await page.addInitScript(() => {
        const found: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = found;
        document.addEventListener('securitypolicyviolation', (event) => {
          found.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      for (const route of ROUTES) {
        await page.goto(server.url(route), { waitUntil: 'load' });
        await page.locator('main, [role="main"], h1').first().waitFor({ timeout: 20_000 });
        // Let lazy screens, their styles and the idle-time warm-up run under the policy too.
        await page.waitForTimeout(600);
        const found = await page.evaluate(
          () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
        );
        violations.push(...found.map((text) => `${route}: ${text}`));
        const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').count();
        assert.equal(policies, 1, `${route} should carry the policy`);
      }
      assert.deepEqual(violations, []);
    },
    { timeoutMs: 240_000 },
  );
});

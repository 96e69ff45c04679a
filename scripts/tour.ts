/** Dev tool: screenshots of every screen at phone, iPad and projector size, Danish and English. */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/support/chromium';
import { startPreview } from '../tests/e2e/support/preview-server';

const out = process.argv[2] ?? '/tmp/shots';
const sizes = {
  phone: { width: 390, height: 844 },
  ipad: { width: 820, height: 1180 },
  wide: { width: 1920, height: 1080 },
};
const only = (process.argv[3] ?? 'phone,ipad,wide').split(',') as (keyof typeof sizes)[];
const pathsArg = process.argv[4];
const paths = pathsArg
  ? pathsArg.split(',')
  : [
      '/',
      '/kort/laerer/virksomhed',
      '/noter',
      '/forberedelse',
      '/soeg',
      '/om',
      '/udskriv/laerer/virksomhed',
      '/skaerm',
      '/styr/laerer/virksomhed',
      '/aktoer/laerer',
      '/mine-kort',
      '/egne-kort',
    ];

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await startPreview(process.env.E2E_DIST_DIR ? {} : {});
  try {
    for (const size of only) {
      const browser = await launchBrowser({ viewport: sizes[size] });
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      for (const lang of (process.env.LANGS ?? 'da,en').split(',')) {
        await page.goto(server.url('/'));
        await page.evaluate((l) => localStorage.setItem('samarbejdskort.language', l), lang);
        for (const p of paths) {
          await page.goto(server.url(p));
          await page.waitForTimeout(1200);
          const name = `${size}-${lang}${p.replace(/\//g, '_') || '_'}.png`;
          await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
          if (p.startsWith('/kort/')) {
            const face = page.getByRole('button', { name: /^(Vend kortet|Flip the card)/ });
            if (await face.count()) {
              await face.first().click();
              await page.waitForTimeout(600);
              await page.screenshot({ path: `${out}/${size}-${lang}-back.png`, fullPage: process.env.FULL === '1' });
            }
          }
        }
      }
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}
main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

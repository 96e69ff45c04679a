import { describe } from 'node:test';
import { DECK_PATH, ensureSomeNote, flipCard, settle, useLanguage } from './support/app';
import { assertNoAxeViolations } from './support/axe';
import { PHONE, TABLET } from './support/chromium';
import type { Viewport } from './support/chromium';
import { assertTouchTargets } from './support/touch-targets';
import type { Lang } from './support/translations';
import { e2eSession } from './support/session';

const session = e2eSession();

interface Screen {
  readonly name: string;
  readonly path: string;
  readonly flip?: boolean;
  readonly needsNote?: boolean;
}

const SCREENS: readonly Screen[] = [
  { name: 'start', path: '/' },
  { name: 'deck face', path: DECK_PATH },
  { name: 'deck back', path: DECK_PATH, flip: true, needsNote: true },
  { name: 'notes', path: '/noter', needsNote: true },
  { name: 'actor page', path: '/aktoer/virksomhed' },
  { name: 'about', path: '/om' },
  { name: 'not found', path: '/denne-side-findes-ikke' },
];

const VIEWPORTS: readonly [string, Viewport][] = [
  ['phone 390×844', PHONE],
  ['tablet 820×1180', TABLET],
];

const LANGS: readonly Lang[] = ['da', 'en'];

describe('accessibility', () => {
  for (const [viewportName, viewport] of VIEWPORTS) {
    for (const lang of LANGS) {
      describe(`${viewportName}, ${lang}`, () => {
        for (const screen of SCREENS) {
          session.journey(
            `${screen.name}: axe finds nothing and every target is at least 44×44`,
            async ({ server, page }) => {
              await page.setViewportSize(viewport);
              if (screen.needsNote) await ensureSomeNote(page, server.origin);
              await page.goto(server.url(screen.path));
              await useLanguage(page, lang);
              await page.locator('h1').first().waitFor();
              if (screen.flip) await flipCard(page, lang);
              await settle(page);
              const label = `${screen.name} (${lang}, ${viewportName})`;
              await assertNoAxeViolations(page, label);
              await assertTouchTargets(page, label);
            },
          );
        }
      });
    }
  }
});

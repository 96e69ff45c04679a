import type { Page } from 'playwright-core';
import { settle } from './app';
import { assertNoAxeViolations } from './axe';
import { assertTouchTargets } from './touch-targets';

/** The screen as a person meets it, once animations have finished: audited by axe, every target big enough for a finger. */
export async function audit(page: Page, label: string): Promise<void> {
  await settle(page);
  await assertNoAxeViolations(page, label);
  await assertTouchTargets(page, label);
}

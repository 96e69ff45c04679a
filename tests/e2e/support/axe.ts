import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Runs axe (all default rules) on the page and throws a readable list if it finds any violation. */
export async function assertNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((violation) => [
    `  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}`,
    `      ${violation.helpUrl}`,
    ...violation.nodes
      .slice(0, 5)
      .flatMap((node) => [
        `      at ${node.target.join(' ')}`,
        ...(node.failureSummary ?? '').split('\n').map((line) => `        ${line.trim()}`),
      ]),
    ...(violation.nodes.length > 5 ? [`      … and ${violation.nodes.length - 5} more`] : []),
  ]);
  throw new Error(
    `axe found ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`,
  );
}

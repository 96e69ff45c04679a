import axe from 'axe-core';
import type { RuleObject } from 'axe-core';

/*
 * Rules a jsdom render cannot judge, left to the browser specs (tests/e2e), which run every rule on
 * whole pages: jsdom has no layout and no colours, and a component is not a page (title, lang, one
 * main landmark, every bit of content in a region). Skipping them is also what keeps a run cheap on
 * a busy machine: colour contrast alone walks the styles of every text node.
 */
const NOT_IN_JSDOM = [
  'color-contrast',
  'color-contrast-enhanced',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  'document-title',
  'html-has-lang',
  'html-lang-valid',
  'html-xml-lang-mismatch',
  'landmark-one-main',
  'page-has-heading-one',
  'region',
  'bypass',
  'meta-viewport',
  'meta-viewport-large',
  'meta-refresh',
  'meta-refresh-no-exceptions',
] as const;
const RULES: RuleObject = Object.fromEntries(NOT_IN_JSDOM.map((id) => [id, { enabled: false }]));

/**
 * What axe finds wrong in the rendered screen (document.body: what the test rendered, and any
 * portal), one readable line per rule, so a failing test says which element broke which rule.
 */
export async function axeViolations(root: Element = document.body): Promise<string[]> {
  const results = await axe.run(root, { resultTypes: ['violations'], rules: RULES });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
}

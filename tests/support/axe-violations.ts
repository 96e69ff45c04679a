import axe from 'axe-core';

/**
 * What axe finds wrong in the rendered document, one readable line per rule, so a failing test
 * says which element broke which rule. (jsdom cannot compute colours: contrast is checked in e2e.)
 */
export async function axeViolations(root: Element = document.body): Promise<string[]> {
  const results = await axe.run(root, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
}

import axe from 'axe-core';

/**
 * axe-core's violations of critical, serious or moderate impact in what a component test rendered, as the browser
 * probe (tests/e2e/support/a11y.ts) counts them. jsdom lays nothing out, so colour contrast is left to the browser
 * tests, and so is `region` (a component is not a whole page with landmarks).
 */
export async function axeViolations(root: Element = document.body): Promise<string[]> {
  const result = await axe.run(root, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations
    .filter((violation) => ['critical', 'serious', 'moderate'].includes(violation.impact ?? ''))
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => String(node.target)).join(', ')}`);
}

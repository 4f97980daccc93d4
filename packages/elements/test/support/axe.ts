import axe from 'axe-core';

/** The WCAG rule tags every page must pass (issue #12). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core violations on the current document (open shadow roots included), as readable lines. */
export async function axeViolations(context: Element | Document = document): Promise<string[]> {
  const result = await axe.run(context, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`));
}

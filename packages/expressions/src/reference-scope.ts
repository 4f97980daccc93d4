import type { ElementNode } from './definition-index.js';

/**
 * The repeating occurrences on the way from the root to `node` (ancestors and itself), outermost first.
 */
export function repeatingChain(node: ElementNode): ElementNode[] {
  const chain: ElementNode[] = [];
  for (let at: ElementNode | undefined = node; at; at = at.parent) if (at.repeating) chain.unshift(at);
  return chain;
}

/**
 * True when a reference to `reference`, evaluated for one instance of `scope`, yields a list
 * (specs/rules.md §2.3): some repeating occurrence on its path is not shared with the scope,
 * so every instance of it is collected. Shared repeats resolve to the scope's own instance.
 */
export function isListReference(reference: ElementNode, scope: ElementNode | undefined): boolean {
  const shared = new Set(scope ? repeatingChain(scope) : []);
  return repeatingChain(reference).some((node) => !shared.has(node));
}

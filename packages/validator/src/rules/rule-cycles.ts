import { appendPointer } from '@fimforms/format';
import { referencesOf } from '@fimforms/expressions/compile';
import type { SemanticRule } from './semantic-rule.js';

// Effects whose target's state is derived from their expressions; a loop among them has no fixed point.
const DERIVING = new Set(['show', 'forbid', 'compute', 'cardinality']);

/**
 * Rules must not depend on themselves (XDFM 1026 Zirkelbezug): if A's visibility or value is
 * derived from B and B's from A, no evaluation order exists. Edges run from every element an
 * effect's expressions read to the effect's target. Cycles of computations alone are reported by
 * `rule-logic` (@fimforms/expressions, `rule-cycle`); this rule reports every cycle that
 * involves visibility or cardinality.
 */
export const ruleCycles: SemanticRule = {
  name: 'rule-cycles',
  codes: ['rule-visibility-cycle'],
  check(context, report) {
    const edges = new Map<string, Edge[]>();
    for (const [key, rule] of context.rules) {
      (rule.effects ?? []).forEach((effect, index) => {
        if (!DERIVING.has(effect.effect) || effect.target === undefined) return;
        const target = context.resolve(effect.target);
        if (!target) return;
        const to = `${target.kind}:${target.key}`;
        const pointer = appendPointer('/rules', key, 'effects', index);
        for (const part of [effect.when, effect.value, effect.min, effect.max]) {
          for (const reference of referencesOf(part)) {
            const source = context.resolve(reference);
            if (!source) continue;
            const from = `${source.kind}:${source.key}`;
            const list = edges.get(from) ?? [];
            list.push({ to, pointer, compute: effect.effect === 'compute' });
            edges.set(from, list);
          }
        }
      });
    }
    const reported = new Set<string>();
    for (const cycle of findCycles(edges)) {
      if (cycle.computeOnly || reported.has(cycle.pointer)) continue;
      reported.add(cycle.pointer);
      const names = cycle.nodes.map((n) => n.slice(n.indexOf(':') + 1)).join(' → ');
      report({
        code: 'rule-visibility-cycle',
        severity: 'error',
        pointer: cycle.pointer,
        message: {
          de: `Zirkelbezug der Sichtbarkeit: ob (oder wie oft) ein Element erscheint, hängt über Regeln von ihm selbst ab: ${names} (XDFM 1026).`,
          en: `Visibility cycle: whether (or how often) an element appears depends on itself through rules: ${names} (XDFM 1026).`,
        },
      });
    }
  },
};

interface Edge {
  to: string;
  pointer: string;
  compute: boolean;
}

interface Cycle {
  nodes: string[];
  pointer: string;
  computeOnly: boolean;
}

/** Cycles found by an iterative depth-first search: the nodes of each, the pointer of its closing edge, its edge kinds. */
function findCycles(edges: Map<string, Edge[]>): Cycle[] {
  const state = new Map<string, 'active' | 'done'>();
  const cycles: Cycle[] = [];
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const via: boolean[] = []; // via[i]: the edge into path[i + 1] is a computation
    const iterators = [0];
    state.set(start, 'active');
    while (path.length > 0) {
      const node = path[path.length - 1]!;
      const out = edges.get(node) ?? [];
      const i = iterators[iterators.length - 1]!;
      if (i >= out.length) {
        state.set(node, 'done');
        path.pop();
        via.pop();
        iterators.pop();
        continue;
      }
      iterators[iterators.length - 1] = i + 1;
      const edge = out[i]!;
      const seen = state.get(edge.to);
      if (seen === 'active') {
        const from = path.indexOf(edge.to);
        const computeOnly = edge.compute && via.slice(from).every(Boolean);
        cycles.push({ nodes: [...path.slice(from), edge.to], pointer: edge.pointer, computeOnly });
      } else if (seen === undefined) {
        state.set(edge.to, 'active');
        path.push(edge.to);
        via.push(edge.compute);
        iterators.push(0);
      }
    }
  }
  return cycles;
}

import type { Diagnostic } from '@fimforms/format';
import type { CompiledEffect } from '../compile-rules.js';

/**
 * Finds computed values that depend on themselves, directly or through other computed values
 * (A = B + 1, B = A * 2). Each compute effect on a cycle gets a `rule-cycle` diagnostic.
 */
export function findComputeCycles(effects: readonly CompiledEffect[]): Diagnostic[] {
  const computes = effects.filter((effect) => effect.effect === 'compute' && effect.target);
  const byTarget = new Map<number, CompiledEffect[]>();
  for (const effect of computes) byTarget.set(effect.target!.index, [...(byTarget.get(effect.target!.index) ?? []), effect]);
  const edges = (effect: CompiledEffect): CompiledEffect[] =>
    [...effect.references.values()].flatMap((node) => byTarget.get(node.index) ?? []);
  // Iterative DFS colouring; an effect reached again while on the stack closes a cycle.
  const state = new Map<CompiledEffect, 'open' | 'done'>();
  const onCycle = new Set<CompiledEffect>();
  for (const start of computes) {
    if (state.has(start)) continue;
    const stack: { effect: CompiledEffect; next: CompiledEffect[] }[] = [{ effect: start, next: edges(start) }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = frame.next.pop();
      if (child === undefined) {
        state.set(frame.effect, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(child);
      if (seen === 'open') {
        const from = stack.findIndex((f) => f.effect === child);
        for (const f of stack.slice(from)) onCycle.add(f.effect);
      } else if (seen === undefined) {
        state.set(child, 'open');
        stack.push({ effect: child, next: edges(child) });
      }
    }
  }
  return computes
    .filter((effect) => onCycle.has(effect))
    .map((effect) => ({
      code: 'rule-cycle',
      severity: 'error' as const,
      pointer: `${effect.pointer}/target`,
      message: {
        de: `Regel: der berechnete Wert von „${effect.target!.name}“ hängt von sich selbst ab`,
        en: `Rule: the computed value of "${effect.target!.name}" depends on itself`,
      },
    }));
}

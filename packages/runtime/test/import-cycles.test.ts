import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The engine's modules form a hierarchy (facade → state → tree, rules, checks; serialization and
// the server read narrow views): an import circle, even a type-only one, means a module knows
// the one that uses it. Mutual recursion inside one module is fine.
const SOURCE = fileURLToPath(new URL('../src/', import.meta.url));
const IMPORT = /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.\/[^'"]+)\.js['"]/gm;

function importGraph(files: Record<string, string>): Map<string, string[]> {
  return new Map(Object.entries(files).map(([name, text]) => [name, [...text.matchAll(IMPORT)].map((m) => `${m[1]!.slice(2)}.ts`)]));
}

/** The first circle found (as a list of modules, first = last), or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'open') return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, 'open');
    stack.push(name);
    for (const next of graph.get(name) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of graph.keys()) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('runtime modules', () => {
  it('import each other without a circle (type-only imports included)', () => {
    const files = Object.fromEntries(readdirSync(SOURCE).filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(SOURCE + f, 'utf8')]));
    const graph = importGraph(files);
    // The reader sees the imports (multi-line ones too), so an empty result means something.
    expect(graph.get('form-engine.ts')).toEqual(expect.arrayContaining(['form-state.ts', 'submission-of.ts']));
    expect(graph.get('form-state.ts')).toEqual(expect.arrayContaining(['instance-tree.ts', 'form-rules.ts', 'field-checks.ts']));
    expect(findCycle(graph)).toBeUndefined();
  });

  it('the check finds a circle, also through a type-only import', () => {
    const files = {
      'form-engine.ts': "import { x } from './serialize-submission.js';",
      'serialize-submission.ts': "import type { FormEngine } from './form-engine.js';",
      'leaf.ts': "export { y } from './other.js';",
    };
    expect(findCycle(importGraph(files))).toEqual(['form-engine.ts', 'serialize-submission.ts', 'form-engine.ts']);
  });
});

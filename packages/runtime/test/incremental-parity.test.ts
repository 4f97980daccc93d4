import type { FormDefinition } from '@fimforms/format';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createForm, validateSubmission } from '../src/index.js';

const field = (name: string, type: string) => ({ name, label: { de: name }, control: 'input', type });

const definition = {
  fimforms: '1.0', name: 'p', title: { de: 'P' },
  structure: [
    { field: 'a', cardinality: '0:1' }, { field: 'b', cardinality: '0:1' }, { field: 'c', cardinality: '0:1' },
    { field: 'd', cardinality: '0:1' }, { field: 'summe', cardinality: '0:1' }, { group: 'g', cardinality: '0:1' }, { group: 'r', cardinality: '0:3' }, { field: 'n', cardinality: '0:1' },
  ],
  fields: { a: field('a', 'num'), b: field('b', 'num'), c: field('c', 'bool'), d: field('d', 'text'), summe: field('summe', 'num'), e: field('e', 'text'), f: field('f', 'text'), x: field('x', 'num'), y: field('y', 'text'), n: field('n', 'num_int'), z: field('z', 'text'), w: field('w', 'text') },
  // g is optional and holds an optional group h and a required group k: a value anywhere below g
  // makes g present (and k's field required), a value in h makes h present.
  groups: {
    g: { name: 'g', label: { de: 'G' }, children: [{ field: 'e' }, { field: 'f' }, { group: 'h', cardinality: '0:1' }, { group: 'k' }] },
    h: { name: 'h', label: { de: 'H' }, children: [{ field: 'z' }] },
    k: { name: 'k', label: { de: 'K' }, children: [{ field: 'w' }] }, r: { name: 'r', label: { de: 'R' }, children: [{ field: 'x' }, { field: 'y' }] } },
  rules: {
    r1: { type: 'K', effects: [{ effect: 'show', target: 'd', when: 'c' }] },
    r2: { type: 'K', effects: [{ effect: 'require', target: 'g', when: 'a > b' }] },
    r3: { type: 'B', effects: [{ effect: 'compute', target: 'summe', value: 'coalesce(a, 0) + coalesce(b, 0) + sum(r.x)' }] },
    r4: { type: 'V', effects: [{ effect: 'valid', target: 'b', when: 'b < 100' }] },
    r6: { type: 'K', effects: [{ effect: 'show', target: 'r.y', when: 'r.x > 1' }, { effect: 'require', target: 'r.y', when: 'r.x > 1' }] },
    r7: { type: 'B', effects: [{ effect: 'compute', target: 'n', value: 'count(r)', when: 'isFilled(g)' }] },
    r5: { type: 'K', effects: [{ effect: 'forbid', target: 'g.f', when: 'a = 1' }, { effect: 'show', target: 'r', when: 'not c' }] },
  },
} as unknown as FormDefinition;

const operation = fc.oneof(
  fc.record({ set: fc.constantFrom('a', 'b', 'r.0.x', 'r.1.x', 'r.2.x'), value: fc.constantFrom('1', '2', '150', '', 'x') }),
  fc.record({ set: fc.constant('c'), value: fc.boolean() }),
  fc.record({ set: fc.constantFrom('d', 'g.e', 'g.f', 'g.h.z', 'g.k.w', 'r.0.y', 'r.1.y', 'r.2.y'), value: fc.constantFrom('t', '') }),
  fc.record({ add: fc.constant('r') }),
  fc.record({ remove: fc.constant('r'), index: fc.nat(2) }),
);

const keys = (errors: { code: string; pointer: string }[]) => errors.map((e) => `${e.code} ${e.pointer}`).sort();

// Incremental recomputation must end where a full computation of the same data ends:
// the server (full) reports what the browser (incremental) shows, and a restored form agrees.
it('keeps incremental state equal to a full recomputation (property)', () => {
  fc.assert(
    fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
      const form = createForm(definition);
      for (const op of operations) {
        if ('set' in op) form.setValue(op.set, op.value);
        else if ('add' in op) form.addInstance(op.add);
        else form.removeInstance(op.remove, op.index);
      }
      const submission = form.toSubmission();
      expect(keys(validateSubmission(definition, submission).errors)).toEqual(keys(form.errors()));
      const restored = createForm(definition, { submission });
      expect(restored.toSubmission()).toEqual(submission);
      expect(keys(restored.errors())).toEqual(keys(form.errors()));
    }),
    { numRuns: 300 },
  );
});

// The engine validates a new form's fields when their errors are first asked for, one field at a
// time before that: a form whose errors were kept up to date since its start must show the same.
it('shows the same field errors whether kept up to date or checked on request (property)', () => {
  fc.assert(
    fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
      const kept = createForm(definition);
      kept.errors();
      const onRequest = createForm(definition);
      for (const form of [kept, onRequest]) {
        for (const op of operations) {
          if ('set' in op) form.setValue(op.set, op.value);
          else if ('add' in op) form.addInstance(op.add);
          else form.removeInstance(op.remove, op.index);
        }
      }
      for (const path of kept.paths()) expect(keys(onRequest.get(path)!.errors)).toEqual(keys(kept.get(path)!.errors));
      expect(keys(onRequest.errors())).toEqual(keys(kept.errors()));
    }),
    { numRuns: 300 },
  );
});

// A renderer re-renders a group or repeating occurrence only when subscribeAll names it (or a field
// below it): every change of its visibility must be reported, also for an occurrence without instances.
it('reports every group and occurrence whose visibility a value change flips (property)', () => {
  const structural = (form: ReturnType<typeof createForm>) => {
    const paths = ['g', 'g.h', 'g.k', 'r'];
    for (let i = 0; i < form.instanceCount('r'); i++) paths.push(`r.${i}`);
    return new Map(paths.map((path) => [path, form.isVisible(path)]));
  };
  fc.assert(
    fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
      const form = createForm(definition);
      let reported: readonly string[] = [];
      form.subscribeAll((paths) => (reported = paths));
      for (const op of operations) {
        const before = structural(form);
        reported = [];
        if ('set' in op) form.setValue(op.set, op.value);
        else if ('add' in op) form.addInstance(op.add);
        else form.removeInstance(op.remove, op.index);
        if (!('set' in op)) continue;
        for (const [path, visible] of structural(form)) {
          if (before.get(path) === undefined || before.get(path) === visible) continue;
          expect(reported.some((p) => p === path || p.startsWith(`${path}.`)), `${path} after ${JSON.stringify(op)}`).toBe(true);
        }
      }
    }),
    { numRuns: 300 },
  );
});

it('names a repeating occurrence without instances when a rule shows or hides it', () => {
  const form = createForm(definition);
  expect(form.instanceCount('r')).toBe(0);
  const reported: (readonly string[])[] = [];
  form.subscribeAll((paths) => reported.push(paths));
  form.setValue('c', true);
  expect(form.isVisible('r')).toBe(false);
  expect(reported.at(-1)).toContain('r');
  form.setValue('c', false);
  expect(form.isVisible('r')).toBe(true);
  expect(reported.at(-1)).toContain('r');
});

import { describe, expect, it } from 'vitest';
import { compileExpression } from '../src/compile-expression.js';

describe('compileExpression', () => {
  it('reports the pointer of a bad node inside a tree', () => {
    const result = compileExpression({ and: [true, { frob: [] }] }, { pointer: '/rules/r/effects/0/when' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics).toMatchObject([{ code: 'rule-unknown-operator', pointer: '/rules/r/effects/0/when/and/1/frob' }]);
  });

  it('collects references', () => {
    const result = compileExpression('a.b = c and isEmpty(self.F1)');
    expect(result.ok && result.references).toEqual(['a.b', 'c', 'self.F1']);
  });

  it('treats a __proto__ key as data', () => {
    const result = compileExpression(JSON.parse('{"__proto__": {"identifier": "x"}}'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]!.code).toBe('rule-unknown-operator');
  });

  it('bounds the number of nodes', () => {
    const result = compileExpression({ and: Array.from({ length: 5000 }, () => true) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]!.code).toBe('rule-too-large');
  });

  it('says "too many nodes" once, however many there are (a list of 200,000 items: issue #15 finding 10)', () => {
    const result = compileExpression({ in: [{ identifier: 'a' }, { list: Array.from({ length: 200_000 }, (_, i) => `v${i}`) }] });
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['rule-too-large', '/in/1/list/1997']]);
  });

  it('bounds the depth of a tree', () => {
    let tree: unknown = true;
    for (let i = 0; i < 10_000; i++) tree = { not: tree };
    const result = compileExpression(tree as never);
    expect(result.ok).toBe(false);
  });
});

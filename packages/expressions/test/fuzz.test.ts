import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvaluationError, evaluate, type Value } from '../src/index.js';
import { compileExpression, operatorsByName, parseExpression } from '../src/compile.js';

/** Runs per property: bounded, deterministic per seed (fast-check prints it on failure). */
const RUNS = 400;

// Pieces of the text syntax, so that random texts get past the tokenizer and into the parser.
const TOKEN = fc.constantFrom('(', ')', ',', ' ', 'and', 'or', 'not', '+', '-', '*', '/', '<', '<=', '=', '!=', '>=', 'true', 'false', 'null', '1', '2.5', '"x"', "'y'", 'a', 'self.b', 'age(', 'length(', 'today()', 'in', '[', ']', '\n', '"', '\\', '\u0000', '1e999', '9'.repeat(40));
const TEXT = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(TOKEN, { maxLength: 60 }).map((tokens) => tokens.join('')));

const OPERATORS = [...operatorsByName.keys()];
const LITERAL = fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.string({ maxLength: 20 }), fc.constantFrom('2024-02-29', '23:59:60', '2024-13-01'));
// Random operator trees: known and unknown operators, right and wrong arities and types.
const { tree: TREE } = fc.letrec<{ tree: unknown }>((recurse) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    LITERAL,
    fc.record({ identifier: fc.constantFrom('a', 'b', 'self.c', '', '__proto__') }),
    fc.tuple(fc.constantFrom(...OPERATORS, 'unknown', '__proto__', 'constructor'), fc.array(recurse('tree'), { maxLength: 4 })).map(([operator, args]) => ({ [operator]: args })),
    fc.tuple(fc.constantFrom(...OPERATORS), recurse('tree')).map(([operator, argument]) => ({ [operator]: argument })),
  ),
}));
const VALUE: fc.Arbitrary<Value> = fc.oneof(fc.constant(null), fc.boolean(), fc.string({ maxLength: 10 }), fc.constantFrom('1', '-2.5', '2024-02-29', '12:00', '2024-01-01T00:00:00Z'), fc.array(fc.constantFrom('x', '1'), { maxLength: 3 })) as fc.Arbitrary<Value>;

describe('fuzzing the rule language (issue #15)', () => {
  it(`parseExpression never throws and locates every syntax error (${RUNS} texts)`, () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        const result = parseExpression(text);
        if (result.ok) return;
        expect(result.diagnostic.position!.line).toBeGreaterThanOrEqual(1);
        expect(result.diagnostic.position!.column).toBeGreaterThanOrEqual(1);
        expect(result.diagnostic.message.de).not.toBe('');
      }),
      { numRuns: RUNS },
    );
  });

  it(`compileExpression never throws, and evaluating what compiles fails only with EvaluationError (${RUNS} trees)`, () => {
    fc.assert(
      fc.property(TREE, fc.dictionary(fc.constantFrom('a', 'b', 'self.c'), VALUE), (tree, values) => {
        const compiled = compileExpression(tree as never);
        if (!compiled.ok) {
          expect(compiled.diagnostics.length).toBeGreaterThan(0);
          return;
        }
        try {
          evaluate(compiled.expression, { resolve: (reference) => values[reference] ?? null, now: () => new Date('2026-01-01T00:00:00Z'), maxStringLength: 1000 });
        } catch (error) {
          expect(error).toBeInstanceOf(EvaluationError);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDefinitionRules } from '@fimforms/expressions/compile';
import { createForm, validateAsSent } from '@fimforms/runtime';
import { compile } from '../src/index.js';
import type { FormDefinition } from '@fimforms/format';
import { corpusAvailable } from './support/corpus.js';
import { disagreementsOf, ruleVerdictDisagreements, type Disagreement } from './differential/contract.js';
import { edgeSubmission } from './differential/edge-submissions.js';
import { shape, skeletonOf, withRules, type Skeleton } from './differential/generated-form.js';
import { verdictsOf } from './differential/payload-verdicts.js';
import { rulesFor } from './differential/rule-effects.js';

// Pairs of definition and submission: a bounded run by default, FIMFORMS_DIFFERENTIAL_RUNS=20000 for a deep one.
const PAIRS = Number(process.env['FIMFORMS_DIFFERENTIAL_RUNS'] ?? 300);
// With FIMFORMS_DIFFERENTIAL_REPORT=<file> every disagreement is collected there instead of stopping at the first.
const REPORT = process.env['FIMFORMS_DIFFERENTIAL_REPORT'];
const EDGE_SUBMISSIONS = 6;

interface Case {
  skeleton: Skeleton;
  definition: FormDefinition;
  submissions: { [name: string]: unknown }[];
}

const cases: fc.Arbitrary<Case> = shape
  .map(skeletonOf)
  .chain((skeleton) => rulesFor(skeleton).map((rules) => ({ skeleton, definition: withRules(skeleton, rules) })))
  .chain(({ skeleton, definition }) =>
    fc.array(edgeSubmission(skeleton.placed), { minLength: EDGE_SUBMISSIONS, maxLength: EDGE_SUBMISSIONS }).map((submissions) => printable({ skeleton, definition, submissions })),
  );

// A counterexample prints as its definition and submissions (the skeleton is a cyclic tree of the same).
function printable(value: Case): Case {
  return Object.assign(value, { [fc.toStringMethod]: () => JSON.stringify({ definition: value.definition, submissions: value.submissions }) });
}

/** What the browser would send after a citizen typed the raw submission (computed values filled in, hidden ones dropped). */
function formsOwn(definition: FormDefinition, raw: { [name: string]: unknown }): unknown {
  return createForm(definition, { submission: raw }).toSubmission();
}

/**
 * The example submission `fimforms sample` writes (payload.md §7), repaired by the runtime's
 * verdict; undefined when the sampler says which field it could not satisfy (issue #11 finding 8).
 */
function sampleOf(definition: FormDefinition): unknown {
  const sample = compile(definition).sample({ validate: (submission) => validateAsSent(definition, submission) });
  if (sample.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return undefined;
  return sample.submission;
}

const figures = { definitions: 0, pairs: 0, runtimeAccepted: 0, notCompiled: 0, samplesRefused: 0, disagreements: 0 };

describe.runIf(corpusAvailable())('differential: runtime and payload schemas (payload.md §1)', () => {
  it(`${PAIRS} definition/submission pairs: runtime-valid ⇒ schema-valid, and schemas refuse what they can express and the runtime refuses`, () => {
    const started = performance.now();
    const collected: { definition: FormDefinition; disagreement: Disagreement }[] = [];
    fc.assert(
      fc.property(cases, ({ skeleton, definition, submissions }) => {
        // The generator writes only well-typed rules (rules.md §6): a disagreement must never stem from a broken definition.
        expect(checkDefinitionRules(definition).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
        const sample = sampleOf(definition);
        if (sample === undefined) figures.samplesRefused += 1;
        const all = [...submissions, ...submissions.map((raw) => formsOwn(definition, raw)), ...(sample === undefined ? [] : [sample])];
        const verdicts = verdictsOf(definition, all);
        figures.definitions += 1;
        if (!Array.isArray(verdicts)) {
          figures.notCompiled += 1;
          throw new Error(`the generated definition does not compile: ${JSON.stringify(verdicts.diagnostics)}`);
        }
        figures.pairs += verdicts.length;
        figures.runtimeAccepted += verdicts.filter((verdict) => verdict.runtimeErrors.length === 0).length;
        const found = [...disagreementsOf(definition, skeleton, verdicts), ...ruleVerdictDisagreements(definition, skeleton, verdicts)];
        const sampleVerdict = sample === undefined ? undefined : verdicts[verdicts.length - 1]!;
        if (sampleVerdict && sampleVerdict.runtimeErrors.length > 0) found.push({ kind: 'sample-refused-by-runtime', submission: sample, detail: sampleVerdict.runtimeErrors });
        figures.disagreements += found.length;
        if (REPORT !== undefined) {
          collected.push(...found.map((disagreement) => ({ definition, disagreement })));
          return;
        }
        expect(found).toEqual([]);
      }),
      { numRuns: Math.ceil(PAIRS / (2 * EDGE_SUBMISSIONS)), ...(REPORT !== undefined ? { endOnFailure: true } : {}) },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`differential: ${JSON.stringify({ ...figures, seconds: Number(seconds.toFixed(1)) })}`);
    if (REPORT !== undefined) fs.writeFileSync(REPORT, JSON.stringify(collected, null, 1));
    // Guard against a vacuous pass: the runtime accepts a fair share, and refuses a fair share.
    expect(figures.runtimeAccepted).toBeGreaterThan(figures.pairs / 5);
    expect(figures.runtimeAccepted).toBeLessThan(figures.pairs);
    expect(collected).toEqual([]);
  }, 600_000);
});

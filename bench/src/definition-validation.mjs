// Definition validation time (@fimforms/validator): the 2,000-field definition with 300 rules of
// the render benchmark, in this process, median after warm-up. Prints the samples as JSON.
import { validateDefinition } from '@fimforms/validator';
import { definition } from '../../packages/elements/scripts/bench-render.mjs';
import { QUICK, recordFigure } from '../../scripts/bench-figures.mjs';

const subject = definition(2000, true);
const result = validateDefinition(subject);
if (!result.valid) throw new Error(`benchmark definition is invalid: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
const warmUp = QUICK ? 1 : 5;
const times = [];
for (let run = 0; run < warmUp + (QUICK ? 3 : 21); run++) {
  const copy = structuredClone(subject); // no cache keyed by the object can help
  const start = performance.now();
  validateDefinition(copy);
  if (run >= warmUp) times.push(performance.now() - start);
}
recordFigure('validator.validateDefinition2000', 'ms', times, '2,000 fields in 100 groups, 300 rules');

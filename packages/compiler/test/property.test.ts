import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/index.js';
import { compilePayloadSchema } from './support/ajv.js';
import { breakConstraint, generatedForm } from './support/arbitraries.js';
import { corpusAvailable } from './support/corpus.js';
import { asReadBack } from './support/normalize-submission.js';
import { runtimeAccepts } from './support/runtime-filter.js';
import { validateWithXmllint } from './support/xmllint.js';
import { xoevStaticChecks } from './support/xoev-static-checks.js';

const SAMPLES_PER_FORM = 4;
let acceptedTotal = 0;

describe.runIf(corpusAvailable())('property: schemas, serializer and runtime agree', () => {
  it('random data the runtime accepts gives payloads valid under both schemas, and XML reads back to the same data', async () => {
    await fc.assert(
      fc.asyncProperty(
        generatedForm.chain((form) => fc.tuple(fc.constant(form), fc.array(form.data, { minLength: SAMPLES_PER_FORM, maxLength: SAMPLES_PER_FORM }))),
        async ([form, samples]) => {
          const accepted = [];
          for (const data of samples) if (await runtimeAccepts(form.definition, data)) accepted.push(data);
          acceptedTotal += accepted.length;
          const compiled = compile(form.definition);
          const xsd = compiled.xsd()!;
          expect(xoevStaticChecks(xsd, form.definition)).toEqual([]);
          const validateJson = compilePayloadSchema(compiled.jsonSchema()!);
          const xml = accepted.map((data) => compiled.toXml(data));
          const json = accepted.map((data) => compiled.toJson(data));
          expect(xml.flatMap((result) => result.diagnostics)).toEqual([]);
          const verdicts = accepted.length > 0 ? validateWithXmllint(xsd, xml.map((result) => result.payload!)) : [];
          verdicts.forEach((verdict) => expect(verdict.errors).toBe(''));
          json.forEach((result) => expect(validateJson(JSON.parse(result.payload!)), JSON.stringify(validateJson.errors)).toBe(true));
          accepted.forEach((data, index) => {
            expect(compile(form.definition).fromXml(xml[index]!.payload!).submission).toEqual(asReadBack(data));
          });
        },
      ),
      { numRuns: 40 },
    );
    // Guard against a vacuous pass: the runtime must have accepted a good share of the data.
    expect(acceptedTotal).toBeGreaterThan(40);
  }, 120_000);

  it('data that breaks a constraint expressible in XSD is rejected by both schemas', () => {
    fc.assert(
      fc.property(
        generatedForm
          .filter((form) => form.targets.length > 0)
          .chain((form) =>
            fc.tuple(
              fc.constant(form),
              form.data,
              fc.constantFrom(...form.targets).chain((target) => fc.tuple(fc.constant(target), fc.constantFrom(...target.breakable))),
            ),
          ),
        ([form, data, [target, breakable]]) => {
          const broken = breakConstraint(data, target, breakable);
          const compiled = compile(form.definition);
          const xml = compiled.toXml(broken);
          const json = compiled.toJson(broken);
          expect(xml.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
          const [verdict] = validateWithXmllint(compiled.xsd()!, [xml.payload!]);
          const validateJson = compilePayloadSchema(compiled.jsonSchema()!);
          expect({ breakable, xml: verdict!.valid, json: validateJson(JSON.parse(json.payload!)) }).toEqual({ breakable, xml: false, json: false });
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

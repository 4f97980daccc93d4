import { expect } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { compile, type PayloadOptions } from '../../src/index.js';
import { compilePayloadSchema } from './ajv.js';
import { asReadBack } from './normalize-submission.js';
import { compileCheck, validateWithXmllint } from './xmllint.js';
import { xoevStaticChecks } from './xoev-static-checks.js';

/**
 * The whole chain for one definition: both schemas compile (C1 with libxml2 offline, ajv
 * strict), the XÖV static checks pass (C4, C5), the sample submission serializes to payloads
 * valid under both schemas (C2), and the XML payload reads back to the same submission.
 */
export function checkDefinition(definition: FormDefinition, options: PayloadOptions = {}): void {
  const compiled = compile(definition, options);
  expect(compiled.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  const xsd = compiled.xsd()!;
  expect(compileCheck(xsd)).toEqual([]);
  expect(xoevStaticChecks(xsd, definition)).toEqual([]);
  const validate = compilePayloadSchema(compiled.jsonSchema()!);
  const sample = compiled.sample();
  const dataOptions = { codeListVersions: sample.codeListVersions };
  const xml = compiled.toXml(sample.submission, dataOptions);
  const jsonPayload = compiled.toJson(sample.submission, dataOptions);
  expect(xml.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  const [verdict] = validateWithXmllint(xsd, [xml.payload!]);
  const valid = validate(JSON.parse(jsonPayload.payload!));
  if (sample.diagnostics.some((diagnostic) => diagnostic.code === 'sample-constraints-unsatisfiable')) {
    // Contradictory constraints (e.g. pattern "test" with maxLength 1): both schemas must reject alike.
    expect({ xml: verdict!.valid, json: valid }).toEqual({ xml: false, json: false });
    return;
  }
  expect(verdict!.errors).toBe('');
  expect(verdict!.valid).toBe(true);
  expect(validate.errors ?? null).toBeNull();
  expect(valid).toBe(true);
  const back = compiled.fromXml(xml.payload!);
  expect(back.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  expect(back.submission).toEqual(asReadBack(sample.submission));
}

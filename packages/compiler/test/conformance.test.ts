import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { validateSubmission } from '@fimforms/runtime';
import { compile, type CompiledForm, type DataOptions, type PayloadOptions } from '../src/index.js';
import { compilePayloadSchema } from './support/ajv.js';
import { corpusAvailable, REPO_ROOT } from './support/corpus.js';
import { validateWithXmllint } from './support/xmllint.js';
import { xoevStaticChecks } from './support/xoev-static-checks.js';

interface PayloadCase {
  description: string;
  submission?: unknown;
  payload?: { xml: string; json: unknown };
  valid: boolean;
  /** The JSON Schema's verdict where payload.md §9 leaves a check to the XSD and the runtime. */
  jsonValid?: boolean;
  diagnostics?: { code: string; pointer: string; severity?: string }[];
}
interface PayloadCaseGroup {
  description: string;
  definition: FormDefinition;
  options?: PayloadOptions & DataOptions;
  tests: PayloadCase[];
}

const CASES = path.join(REPO_ROOT, 'specs', 'conformance', 'payload');
const SCHEMA = path.join(REPO_ROOT, 'specs', 'schemas', 'payload-cases.schema.json');
const files = fs.readdirSync(CASES).filter((file) => file.endsWith('.json')).sort();
const validateCaseFile = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);

describe('payload conformance cases', () => {
  it('there are case files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const groups = JSON.parse(fs.readFileSync(path.join(CASES, file), 'utf8')) as PayloadCaseGroup[];
    it(`${file} follows specs/schemas/payload-cases.schema.json`, () => {
      expect(validateCaseFile(groups), JSON.stringify(validateCaseFile.errors)).toBe(true);
    });
    // The contract (payload.md §1): what the runtime accepts, both schemas accept. A case whose
    // serializer must report an error (a missing serializer option) is the runtime's business only.
    it(`${file}: every submission the runtime accepts is a valid case`, () => {
      for (const group of groups) {
        for (const test of group.tests) {
          if (test.submission === undefined || (test.diagnostics?.length ?? 0) > 0) continue;
          const runtime = validateSubmission(group.definition, test.submission);
          if (runtime.valid) expect(test.valid, `${group.description}: ${test.description}`).toBe(true);
        }
      }
    });
    describe.runIf(corpusAvailable())(file, () => {
      for (const group of groups) {
        describe(group.description, () => {
          it('all cases', () => runGroup(group));
        });
      }
    });
  }
});

// One xmllint call per group: every XML payload of the group is validated in one batch.
function runGroup(group: PayloadCaseGroup): void {
  const options = group.options ?? {};
  const compiled = compile(group.definition, options);
  expect(errors(compiled.diagnostics)).toEqual([]);
  const xsd = compiled.xsd()!;
  expect(xoevStaticChecks(xsd, group.definition)).toEqual([]);
  const validateJson = compilePayloadSchema(compiled.jsonSchema()!);
  const prepared = group.tests.map((test) => prepare(compiled, test, options));
  const withXml = prepared.filter((entry) => entry.xml !== undefined);
  const verdicts = validateWithXmllint(xsd, withXml.map((entry) => entry.xml!));
  withXml.forEach((entry, index) => (entry.xmlValid = verdicts[index]!.valid));
  for (const entry of prepared) {
    const { test } = entry;
    for (const expected of test.diagnostics ?? []) {
      expect(entry.diagnostics, test.description).toContainEqual(expect.objectContaining({ code: expected.code, pointer: expected.pointer }));
    }
    if (errors(entry.diagnostics).length > 0) {
      expect(test.valid, `${test.description}: the serializer reported ${JSON.stringify(errors(entry.diagnostics))}`).toBe(false);
      expect(test.diagnostics?.length ?? 0, `${test.description}: serializer errors must be listed`).toBeGreaterThan(0);
      continue;
    }
    const jsonValid = validateJson(entry.json);
    expect({ test: test.description, xml: entry.xmlValid, json: jsonValid }).toEqual({ test: test.description, xml: test.valid, json: test.jsonValid ?? test.valid });
  }
}

interface Prepared {
  test: PayloadCase;
  xml?: string;
  json?: unknown;
  xmlValid?: boolean;
  diagnostics: Diagnostic[];
}

function prepare(compiled: CompiledForm, test: PayloadCase, options: DataOptions): Prepared {
  if (test.payload) return { test, xml: test.payload.xml, json: test.payload.json, diagnostics: [] };
  const xml = compiled.toXml(test.submission, options);
  const json = compiled.toJson(test.submission, options);
  expect(json.diagnostics).toEqual(xml.diagnostics);
  if (xml.payload === undefined) return { test, diagnostics: xml.diagnostics };
  return { test, xml: xml.payload, json: JSON.parse(json.payload!), diagnostics: xml.diagnostics };
}

function errors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}

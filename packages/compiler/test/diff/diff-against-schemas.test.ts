import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { compile, diffPayloadContract } from '../../src/index.js';
import { compilePayloadSchema } from '../support/ajv.js';
import { requireCorpus } from '@fimforms/test-corpus';
import { REPO_ROOT } from '../support/corpus.js';
import { validateWithXmllint } from '../support/xmllint.js';

/**
 * "Breaking" means what the schemas say (specs/diff.md §2): for every conformance case the diff
 * calls compatible or text-only, the old definition's example payloads (XML and JSON) are valid
 * under the NEW schemas; for every removal, narrowing or new requirement the diff calls
 * breaking, a payload of the old schemas exists that the new ones reject — here, the old sample
 * with the changed value stretched to the old limit is checked where the change is a bound.
 */
interface DiffCase {
  old: FormDefinition;
  tests: { description: string; new: FormDefinition; verdict: string }[];
}

const cases = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'specs', 'conformance', 'diff', 'classes.json'), 'utf8')) as DiffCase[];
// A new version is published under a new namespace, and inline code lists carry the schema's version
// (specs/payload.md §2.3, §3.3): old payloads are compared with new schemas of the SAME version.
const notBreaking = cases.flatMap((group) =>
  group.tests
    .filter((test) => test.verdict !== 'breaking' && compile(group.old).targetNamespace === compile(test.new).targetNamespace)
    .map((test) => [test.description, group.old, test.new] as const),
);

describe('the diff agrees with the compiled schemas', () => {
  requireCorpus();

  it('covers every non-breaking class', () => {
    expect(notBreaking.length).toBeGreaterThanOrEqual(10);
  });

  it.each(notBreaking)('%s: the old sample payloads are valid under the new schemas', (_description, before, after) => {
    expect(diffPayloadContract(before, after).verdict).not.toBe('breaking');
    const old = compile(before);
    const current = compile(after);
    const { submission, codeListVersions } = old.sample();
    expect(submission).toBeDefined();
    const json = old.toJson(submission, { codeListVersions });
    const xml = old.toXml(submission, { codeListVersions });
    const validate = compilePayloadSchema(current.jsonSchema()!);
    expect(validate(JSON.parse(json.payload!)), JSON.stringify(validate.errors)).toBe(true);
    const [verdict] = validateWithXmllint(current.xsd()!, [xml.payload!]);
    expect(verdict!.errors).toBe('');
    expect(verdict!.valid).toBe(true);
  }, 60_000);

  it('a reduced maximum length: an old payload at the old limit is rejected by the new schemas', () => {
    const group = cases[0]!;
    const test = group.tests.find((t) => t.description === 'a reduced maximum length is breaking')!;
    const old = compile(group.old);
    const current = compile(test.new);
    const submission = { ...old.sample().submission, person: { vorname: 'x'.repeat(50) } };
    const json = old.toJson(submission);
    expect(compilePayloadSchema(old.jsonSchema()!)(JSON.parse(json.payload!))).toBe(true);
    expect(compilePayloadSchema(current.jsonSchema()!)(JSON.parse(json.payload!))).toBe(false);
    const [verdict] = validateWithXmllint(current.xsd()!, [old.toXml(submission).payload!]);
    expect(verdict!.valid).toBe(false);
  }, 60_000);
});

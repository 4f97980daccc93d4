import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchema, serialize, schemaPath } from '../scripts/generate-schema.mjs';
import { loadSchemaValidator, repoRoot } from './load-schema-validator.js';

const validate = loadSchemaValidator();

describe('the generated JSON Schema', () => {
  it('is the committed copy (run `npm run generate:schema -w @fimforms/format` when this fails)', () => {
    expect(serialize(generateSchema())).toBe(readFileSync(schemaPath, 'utf8'));
  }, 30_000);

  it('carries the major version in its $id', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    expect(schema.$id).toBe('https://fimforms.de/schema/1/form-definition.schema.json');
  });
});

const examplesDir = path.join(repoRoot, 'specs/examples');
const examples = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.json')) : [];

describe('specs/examples', () => {
  it('has at least five complete definitions', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });
  it.each(examples)('%s is accepted by the schema', (file) => {
    const definition = JSON.parse(readFileSync(path.join(examplesDir, file), 'utf8'));
    const ok = validate(definition);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

interface DefinitionTest { description: string; definition: unknown; valid: boolean; schemaValid?: boolean }
interface DefinitionCase { description: string; tests: DefinitionTest[] }

const casesDir = path.join(repoRoot, 'specs/conformance/definition');
const caseFiles = existsSync(casesDir) ? readdirSync(casesDir).filter((f) => f.endsWith('.json')) : [];
const tests = caseFiles.flatMap((file) =>
  (JSON.parse(readFileSync(path.join(casesDir, file), 'utf8')) as DefinitionCase[]).flatMap((c) =>
    c.tests.map((t) => ({ name: `${file} › ${c.description} › ${t.description}`, test: t })),
  ),
);

describe('specs/conformance/definition against the schema alone', () => {
  it('has cases', () => {
    expect(tests.length).toBeGreaterThan(0);
  });
  it.each(tests)('$name', ({ test }) => {
    const expected = test.schemaValid ?? test.valid;
    expect(validate(test.definition)).toBe(expected);
  });
});

describe('structural mistakes give one precise error', () => {
  const base = {
    fimforms: '1.0',
    name: 'antrag',
    title: { de: 'Antrag' },
    structure: [{ field: 'vorname' }],
    fields: { vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text' } },
  };

  it('accepts the minimal definition', () => {
    expect(validate(base)).toBe(true);
  });

  it('rejects a code list with an unknown kind at its kind', () => {
    const definition = { ...base, codeLists: { farben: { kind: 'csv', values: [] } } };
    expect(validate(definition)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(['/codeLists/farben']);
  });

  it('reports a misspelt member of a field occurrence against the field branch only', () => {
    const definition = { ...base, structure: [{ field: 'vorname', cardinalty: '0:1' }] };
    expect(validate(definition)).toBe(false);
    const messages = validate.errors?.filter((e) => e.keyword !== 'if').map((e) => `${e.instancePath} ${e.message}`);
    expect(messages).toEqual(['/structure/0 must NOT have additional properties']);
  });

  it('rejects a localized text without German', () => {
    const definition = { ...base, title: { en: 'Application' } };
    expect(validate(definition)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/title' && e.keyword === 'required')).toBe(true);
  });

  it('rejects language keys that are not BCP 47 tags', () => {
    const definition = { ...base, title: { de: 'Antrag', English: 'Application' } };
    expect(validate(definition)).toBe(false);
  });

  it('accepts further languages', () => {
    expect(validate({ ...base, title: { de: 'Antrag', en: 'Application', tr: 'Başvuru', 'de-x-simple': 'Antrag' } })).toBe(true);
  });

  it('rejects an expression node with two operators', () => {
    const definition = {
      ...base,
      rules: { r1: { type: 'K', effects: [{ effect: 'require', target: 'vorname', when: { and: [true], or: [false] } }] } },
    };
    expect(validate(definition)).toBe(false);
  });

  it('rejects a cardinality that is not min:max', () => {
    expect(validate({ ...base, structure: [{ field: 'vorname', cardinality: '1..2' }] })).toBe(false);
  });
});

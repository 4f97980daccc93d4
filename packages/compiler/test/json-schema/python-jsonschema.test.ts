import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { compile } from '../../src/index.js';
import { CORPUS, corpusAvailable } from '../support/corpus.js';
import { exampleDefinitions, fixtureDefinitions } from '../support/definitions.js';
import { importFimSchema } from '../support/import-fim.js';

// Issue #11 finding 10: a back office may validate payloads with a validator that is not
// JavaScript. Python's `jsonschema` (Draft 2020-12, patterns through `re`) must accept every
// compiled schema and the sample payload of every example and real corpus schema. Where the
// machine has no `jsonschema`, every emitted pattern is compiled and run with Python's `re` alone.
const PYTHON_CHECK = String.raw`
import json, re, sys
try:
    import jsonschema
except ImportError:
    jsonschema = None
def patterns(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from patterns(item)
results = []
for case in json.load(sys.stdin):
    problems = []
    for pattern in patterns(case["schema"]):
        try:
            re.compile(pattern)
        except re.error as error:
            problems.append("pattern %r: %s" % (pattern[:80], error))
    if jsonschema is not None and not problems:
        jsonschema.Draft202012Validator.check_schema(case["schema"])
        if case["payload"] is not None:
            validator = jsonschema.Draft202012Validator(case["schema"])
            problems += [error.message[:200] for error in validator.iter_errors(case["payload"])]
    results.append({"name": case["name"], "problems": problems})
print(json.dumps({"jsonschema": jsonschema is not None, "results": results}))
`;

// Patterns with \p{…} on both text types, as real schemas carry them (`[\p{L}0-9. ]*`).
function propertyPatterns(): FormDefinition {
  const field = (name: string, type: 'text' | 'text_latin', pattern: string) => ({ name, label: { de: name }, control: 'input' as const, type, constraints: { maxLength: 60, pattern } });
  return {
    fimforms: '1.0',
    name: 'muster',
    title: { de: 'Muster' },
    structure: [{ field: 'strasse' }, { field: 'name' }, { field: 'ort' }, { field: 'kuerzel' }],
    fields: {
      strasse: field('strasse', 'text', '[\\p{L}0-9. ]*'),
      name: field('name', 'text_latin', '\\p{Lu}\\p{Ll}+( \\p{Lu}\\p{Ll}+)*'),
      ort: field('ort', 'text_latin', '[\\p{L}\\- ]+'),
      kuerzel: field('kuerzel', 'text', '[\\p{Lu}--[QX]]{2}\\d?'),
    },
  };
}

async function corpusDefinitions(): Promise<{ name: string; definition: FormDefinition }[]> {
  const root = path.join(CORPUS, 'fim');
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.xml') && /xdatenfelder\.stammdatenschema\.0102/.test(fs.readFileSync(file, 'utf8').slice(0, 4000))) files.push(file);
    }
  };
  walk(root);
  const definitions: { name: string; definition: FormDefinition }[] = [];
  for (const file of files.sort()) {
    const imported = await importFimSchema(file);
    if ('definition' in imported) definitions.push({ name: path.relative(CORPUS, file), definition: imported.definition });
  }
  return definitions;
}

it.runIf(corpusAvailable())(
  'Python accepts every compiled JSON Schema and its sample payload (examples and real corpus schemas)',
  async () => {
    const definitions = [...fixtureDefinitions(), ...exampleDefinitions(), { name: 'property patterns', definition: propertyPatterns() }, ...(await corpusDefinitions())];
    const cases = definitions.map(({ name, definition }) => {
      const compiled = compile(definition);
      const schema = compiled.jsonSchema();
      const sample = compiled.sample();
      const payload = compiled.toJson(sample.submission, { codeListVersions: sample.codeListVersions }).payload;
      expect(schema, name).toBeDefined();
      expect(JSON.stringify(schema), `${name}: no \\p{…} in a JSON Schema pattern`).not.toMatch(/\\\\[pP]\{/);
      // Contradictory constraints (pattern "test" with maxLength 1): no valid payload exists to check.
      const contradictory = sample.diagnostics.some((diagnostic) => diagnostic.code === 'sample-constraints-unsatisfiable');
      return { name, schema, payload: contradictory ? null : JSON.parse(payload!) };
    });
    expect(cases.length).toBeGreaterThan(10);
    const output = JSON.parse(execFileSync('python3', ['-c', PYTHON_CHECK], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 })) as {
      jsonschema: boolean;
      results: { name: string; problems: string[] }[];
    };
    expect(output.results.filter((result) => result.problems.length > 0)).toEqual([]);
    expect(output.results).toHaveLength(cases.length);
  },
  300_000,
);

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { importXdf } from '../src/import-xdf.js';
import type { TranslatedRule } from '../src/import-options.js';
import type { XmlLimits } from '../src/parse-xml.js';
import { formatSchema } from './support/format-schema.js';

interface Case {
  description: string;
  tests: {
    description: string;
    xml: string;
    codeLists?: string[];
    translatedRules?: { [id: string]: TranslatedRule[] };
    limits?: XmlLimits;
    imported: boolean;
    expect?: { pointer: string; value?: unknown; absent?: true }[];
    unmapped?: { [kind: string]: number };
    diagnostics?: { code: string; pointer: string; severity?: string }[];
  }[];
}

const specs = path.dirname(createRequire(import.meta.url).resolve('@fimforms/specs/package.json'));
const folder = path.join(specs, 'conformance', 'xdatenfelder');
const validateCases = new Ajv({ strict: true }).compile(JSON.parse(readFileSync(path.join(specs, 'schemas', 'xdatenfelder-cases.schema.json'), 'utf8')) as object);
const files = readdirSync(folder).filter((file) => file.endsWith('.json')).sort();

// RFC 6901: resolves a JSON pointer; `found` is false when any segment is missing.
function resolve(value: unknown, pointer: string): { found: boolean; value?: unknown } {
  let at = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return { found: false };
    at = (at as { [key: string]: unknown })[key];
  }
  return { found: true, value: at };
}

it('has conformance files for the xdatenfelder area', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
});

for (const file of files) {
  const cases = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Case[];
  describe(file, () => {
    it('follows specs/schemas/xdatenfelder-cases.schema.json', () => {
      expect(validateCases(cases), JSON.stringify(validateCases.errors)).toBe(true);
    });
    for (const group of cases) {
      describe(group.description, () => {
        for (const test of group.tests) {
          it(test.description, () => {
            const result = importXdf(test.xml, {
              ...(test.codeLists ? { codeLists: test.codeLists } : {}),
              ...(test.translatedRules ? { translatedRules: test.translatedRules } : {}),
              ...(test.limits ? { limits: test.limits } : {}),
            });
            const errors = result.report.diagnostics.filter((d) => d.severity === 'error');
            expect(result.definition !== undefined && errors.length === 0).toBe(test.imported);
            if (test.imported) expect(formatSchema()(result.definition)).toBe(true);
            for (const part of test.expect ?? []) {
              const found = resolve(result.definition, part.pointer);
              if (part.absent) expect(found.found, part.pointer).toBe(false);
              else expect(found.value, part.pointer).toEqual(part.value);
            }
            for (const [kind, count] of Object.entries(test.unmapped ?? {})) expect(result.report.unmapped[kind], kind).toBe(count);
            const actual = result.report.diagnostics.map((d) => ({ code: d.code, pointer: d.pointer, severity: d.severity }));
            for (const wanted of test.diagnostics ?? []) expect(actual).toContainEqual(expect.objectContaining(wanted));
          });
        }
      });
    }
  });
}

import { readFileSync } from 'node:fs';
import { diffPayloadContract, type PayloadContractDiff } from '@fimforms/compiler';
import type { Field, FormDefinition } from '@fimforms/format';
import { importXdf, XDF2_NAMESPACE, XDF3_NAMESPACE } from '@fimforms/xdatenfelder';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirectories, runCli, tempDirectory } from './run-cli.js';
import { corpusXmlFiles, requireCorpus } from './support/corpus.js';

// No skip: without the corpus this file fails, in CI and locally.
requireCorpus();

const schemas = corpusXmlFiles()
  .filter((file) => (file.namespace === XDF2_NAMESPACE || file.namespace === XDF3_NAMESPACE) && /stammdatenschema/.test(file.root))
  .map((file) => ({ name: file.name, definition: importXdf(readFileSync(file.file)).definition }))
  .filter((entry): entry is { name: string; definition: FormDefinition } => entry.definition !== undefined);

/** Which mutations met a schema they apply to (each must, or the suite proves nothing). */
const exercised = new Set<string>();

function mutated(definition: FormDefinition, change: (copy: FormDefinition) => void): FormDefinition {
  const copy = structuredClone(definition);
  change(copy);
  return copy;
}

function codes(diff: PayloadContractDiff): string[] {
  return [...new Set(diff.changes.map((change) => `${change.class} ${change.code}`))].sort();
}

/** The first field (in definition order) used in the structure and matching `test`. */
function fieldWhere(definition: FormDefinition, test: (field: Field) => boolean): [string, Field] | undefined {
  return Object.entries(definition.fields ?? {}).find(([, field]) => test(field));
}

describe('fimforms diff over the real corpus', () => {
  afterAll(removeTempDirectories);

  it('imports enough Stammdatenschemata to mean something', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(8);
  });

  it('finds no change between the two files of S00000000371 (same version, other prefixes and indentation)', () => {
    const [compact, pretty] = ['schema.xdf.xml', 'schema_pretty.xdf.xml'].map((base) => schemas.find((entry) => entry.name.endsWith(`S00000000371/${base}`)));
    expect(compact && pretty).toBeTruthy();
    const cwd = tempDirectory({ 'old.json': JSON.stringify(compact!.definition), 'new.json': JSON.stringify(pretty!.definition) });
    const { code, stdout, stderr } = runCli(['diff', 'old.json', 'new.json', '--format', 'json'], cwd);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ verdict: 'none', changes: [] });
  });

  describe.each(schemas.map((entry) => [entry.name, entry.definition] as const))('%s', (_name, definition) => {
    it('compiles, and equals itself', () => {
      const diff = diffPayloadContract(definition, structuredClone(definition));
      expect(diff.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(diff.verdict).toBe('none');
    });

    it('a removed top-level element is breaking (a display-only label is in no payload)', () => {
      const last = definition.structure.at(-1)!;
      const diff = diffPayloadContract(definition, mutated(definition, (copy) => copy.structure.pop()));
      if ('field' in last && definition.fields?.[last.field]?.control === 'label') return expect(diff.verdict).toBe('none');
      expect(diff.verdict).toBe('breaking');
      expect(codes(diff)).toContain('breaking diff-member-removed');
      exercised.add('removed');
    });

    it('an added optional field is compatible, and only that', () => {
      const after = mutated(definition, (copy) => {
        copy.fields = { ...copy.fields, diff_probe: { name: 'diff_probe', label: { de: 'Neu' }, control: 'input', type: 'text' } as Field };
        copy.structure.push({ field: 'diff_probe', cardinality: '0:1' });
      });
      const diff = diffPayloadContract(definition, after);
      expect(codes(diff)).toEqual(['compatible diff-member-added']);
      expect(diff.versions.every((advice) => advice.needed === 'minor')).toBe(true);
    });

    it('a changed title is a text change', () => {
      const diff = diffPayloadContract(definition, mutated(definition, (copy) => (copy.title = { de: `${copy.title.de} (neu)` })));
      expect(diff.verdict).toBe('text');
      expect(codes(diff)).toEqual(['text diff-documentation-changed']);
    });

    it('a shorter maximum length is breaking, a longer one compatible', () => {
      const found = fieldWhere(definition, (field) => typeof field.constraints?.maxLength === 'number' && field.constraints.maxLength > 2 && !field.codeList);
      if (!found) return;
      const [key, field] = found;
      const length = (by: number) => mutated(definition, (copy) => (copy.fields![key] = { ...field, constraints: { ...field.constraints, maxLength: field.constraints!.maxLength! + by } }));
      const shorter = diffPayloadContract(definition, length(-1));
      const longer = diffPayloadContract(definition, length(1));
      // A field nobody uses in the structure is in no payload: no change either way.
      if (shorter.verdict === 'none') return expect(longer.verdict).toBe('none');
      expect(codes(shorter)).toEqual(['breaking diff-constraint-narrowed']);
      expect(codes(longer)).toEqual(['compatible diff-constraint-widened']);
      exercised.add('maxLength');
    });

    it('a required top-level element made optional is compatible', () => {
      const index = definition.structure.findIndex((occurrence) => occurrence.cardinality === undefined || /^1:/.test(occurrence.cardinality));
      if (index === -1) return;
      const diff = diffPayloadContract(definition, mutated(definition, (copy) => (copy.structure[index] = { ...copy.structure[index]!, cardinality: '0:1' })));
      expect(['compatible', 'none']).toContain(diff.verdict);
      if (diff.verdict === 'compatible') expect(codes(diff)).toEqual(['compatible diff-member-optional']);
      if (diff.verdict === 'compatible') exercised.add('optional');
    });
  });

  it('every mutation met a schema it applies to', () => {
    expect([...exercised].sort()).toEqual(['maxLength', 'optional', 'removed']);
  });
});

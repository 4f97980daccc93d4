import { describe, expect, it } from 'vitest';
import type { FieldGroup, FormDefinition } from '@fimforms/format';
import { compile } from '../../src/index.js';
import { buildPayloadModel, MAX_GROUP_DEPTH } from '../../src/payload-model/build-payload-model.js';
import { smallDefinition } from '../support/small-definition.js';

function codes(definition: FormDefinition, options = {}): string[] {
  return buildPayloadModel(definition, options).diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.pointer}`);
}

describe('the payload model', () => {
  it('refuses a namespace under urn:xoev-de: and emits no schema', () => {
    const definition = smallDefinition({ a: {} });
    expect(codes(definition, { targetNamespace: 'urn:xoev-de:xfall:standard:test_1.0' })).toContain('compile-namespace-reserved ');
    const compiled = compile(definition, { targetNamespace: 'urn:xoev-de:xfall:standard:test_1.0' });
    expect([compiled.ok, compiled.xsd(), compiled.jsonSchema()]).toEqual([false, undefined, undefined]);
  });

  it('reports dangling references, bad cardinalities and unknown code lists', () => {
    const definition = smallDefinition({ a: { control: 'select', codeList: 'fehlt' } });
    definition.structure.push({ field: 'nirgends' }, { field: 'a', name: 'b', cardinality: '3:1' });
    expect(codes(definition)).toEqual(
      expect.arrayContaining(['compile-unknown-code-list /fields/a/codeList', 'compile-unknown-element /structure/1', 'compile-invalid-cardinality /structure/2/cardinality']),
    );
  });

  it('reports a group that contains itself instead of recursing', () => {
    const definition = smallDefinition({ a: {} });
    definition.groups = { g: { name: 'g', label: { de: 'G' }, children: [{ field: 'a' }, { group: 'g', cardinality: '0:1' }] } };
    definition.structure.push({ group: 'g' });
    expect(codes(definition)).toContain('compile-recursive-group /groups/g/children/1');
  });

  it(`reports nesting deeper than ${MAX_GROUP_DEPTH} groups without overflowing the stack`, () => {
    const definition = smallDefinition({ a: {} });
    const groups: { [key: string]: FieldGroup } = {};
    for (let depth = 0; depth < 5000; depth++) {
      groups[`g${depth}`] = { name: `g${depth}`, label: { de: 'G' }, children: [depth === 4999 ? { field: 'a' } : { group: `g${depth + 1}` }] };
    }
    definition.groups = groups;
    definition.structure = [{ group: 'g0' }];
    expect(codes(definition).filter((code) => code.startsWith('compile-nesting-too-deep'))).toHaveLength(1);
  });

  it('reports two occurrences with the same technical name in one group', () => {
    const definition = smallDefinition({ a: {} });
    definition.structure.push({ field: 'a' });
    expect(codes(definition)).toContain('compile-duplicate-member /structure/1');
  });

  it('never resolves inherited keys such as constructor or __proto__', () => {
    const definition = smallDefinition({ a: {} });
    definition.structure.push({ field: 'constructor' }, { group: '__proto__' });
    expect(codes(definition)).toEqual(expect.arrayContaining(['compile-unknown-element /structure/1', 'compile-unknown-element /structure/2']));
  });

  it('gives XÖV names and FIT-Connect $defs keys', () => {
    const definition = smallDefinition({ antrag_steller: { fim: { id: 'F60000000227', version: '1.2' } } });
    const technical = buildPayloadModel(definition);
    const fim = buildPayloadModel(definition, { naming: 'fim-id' });
    expect(technical.root.members[0]!.name).toBe('antragSteller');
    expect(fim.root.members[0]!.name).toBe('F60000000227');
    expect(technical.fields[0]).toMatchObject({ typeName: 'AntragStellerType', defKey: 'F60000000227V1.2' });
  });

  it('warns about an untranslatable pattern and leaves it out of both schemas', () => {
    const definition = smallDefinition({ a: { constraints: { pattern: '(?=x)x' } } });
    expect(codes(definition)).toContain('compile-pattern-untranslatable /fields/a/constraints/pattern');
    expect(compile(definition).xsd()).not.toContain('(?=x)');
    expect(JSON.stringify(compile(definition).jsonSchema())).not.toContain('(?=x)');
  });

  it('makes a required occurrence optional when a rule can hide it', () => {
    const definition = smallDefinition({ a: {}, b: { fim: { id: 'F1' } } }, {
      rules: { r: { type: 'K', effects: [{ effect: 'forbid', target: 'self.F1' }, { effect: 'show', target: 'a', when: true }] } },
    });
    expect(buildPayloadModel(definition).root.members.map((member) => member.min)).toEqual([0, 0]);
  });
});

describe('exponential reuse', () => {
  // Groups that each place the next twice, 40 levels deep: 2^40 placements, 41 types.
  function doubling(): FormDefinition {
    const definition = smallDefinition({ a: { cardinality: '0:1' } });
    const groups: { [key: string]: FieldGroup } = {};
    for (let level = 0; level < 40; level++) {
      const next = level === 39 ? { field: 'a' } : { group: `g${level + 1}` };
      groups[`g${level}`] = { name: `g${level}`, label: { de: 'G' }, children: [next, { ...next, name: 'zwei', cardinality: '0:1' }] };
    }
    definition.groups = groups;
    definition.structure = [{ group: 'g0' }];
    definition.rules = { r: { type: 'K', effects: [{ effect: 'show', target: 'g0.g1.a' }, { effect: 'forbid', target: 'a' }] } };
    return definition;
  }

  it('builds a linear model and reports the unresolvable path targets', () => {
    const model = buildPayloadModel(doubling());
    expect(model.groups).toHaveLength(41);
    expect(model.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['compile-structure-too-large']);
    expect(compile(doubling()).xsd()!.length).toBeLessThan(200_000);
  });

  it('caps the sample and says so', () => {
    const result = compile(doubling()).sample();
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain('sample-too-large');
  });
});

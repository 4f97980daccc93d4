import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { compilePayloadSchema } from '../support/ajv.js';
import { smallDefinition } from '../support/small-definition.js';

describe('jsonSchema', () => {
  it('is draft 2020-12 with $id = schemaUri and $defs keyed by FIM id and version', () => {
    const definition = smallDefinition({ vorname: { fim: { id: 'F60000000227', version: '1.2' } }, notiz: { cardinality: '0:3' } });
    const compiled = compile(definition);
    const [schema, schemaUri] = [compiled.jsonSchema(), compiled.schemaUri];
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: schemaUri,
      type: 'object',
      required: ['vorname'],
      additionalProperties: false,
      properties: { vorname: { $ref: '#/$defs/F60000000227V1.2' }, notiz: { type: 'array', items: { $ref: '#/$defs/notiz' }, maxItems: 3 } },
    });
    expect(schemaUri).toBe('urn:fimforms:payload:klein:1.0:klein.schema.json');
  });

  it('defines keys from definitions as own properties, never as prototypes', () => {
    const definition = smallDefinition({ a: {} });
    definition.fields = JSON.parse('{"__proto__": {"name": "a", "label": {"de": "A"}, "control": "input", "type": "text"}}');
    definition.structure = [{ field: '__proto__' }];
    const schema = compile(definition).jsonSchema();
    expect(Object.getPrototypeOf(schema!['$defs'])).toBe(Object.prototype);
    expect(Object.keys(schema!['$defs'] as object)).toEqual(['proto__']);
  });

  it('compiles with a URN $id and validates the payload', () => {
    const definition = smallDefinition({ a: {} });
    const options = { targetNamespace: 'urn:de:example:payload:klein_1.0' };
    const compiled = compile(definition, options);
    const [schema, schemaUri] = [compiled.jsonSchema(), compiled.schemaUri];
    expect(schemaUri).toBe('urn:de:example:payload:klein_1.0:klein.schema.json');
    expect(compilePayloadSchema(schema!)(JSON.parse(compiled.toJson({ a: 'x' }).payload!))).toBe(true);
  });

  it('reports a non-object definition instead of throwing', () => {
    for (const value of [null, 42, 'text', []]) {
      const result = compile(value as never);
      expect(result.jsonSchema()).toBeUndefined();
      expect(result.toJson({}).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['payload-definition-not-compiled']);
      expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain('compile-invalid-definition');
    }
  });
});

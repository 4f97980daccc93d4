import { describe, expect, it } from 'vitest';
import { compile } from '../src/index.js';
import { smallDefinition } from './support/small-definition.js';

describe('compile', () => {
  const definition = smallDefinition({ a: { constraints: { pattern: '(?=x)x' } }, b: { cardinality: '0:1' } });

  it('reports the definition\'s findings once, and the serializers only the data\'s', () => {
    const compiled = compile(definition);
    expect(compiled.diagnostics.map((d) => d.code)).toEqual(['compile-pattern-untranslatable']);
    expect(compiled.ok).toBe(true);
    const xml = compiled.toXml({ a: 'x', c: 1 });
    expect(xml.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toEqual(['payload-unknown-member /c']);
    expect(compiled.toJson({ a: 'x' })).toEqual({ payload: '{\n  "a": "x"\n}\n', diagnostics: [] });
  });

  it('emits each schema once and from the same model as the payloads', () => {
    const compiled = compile(definition);
    expect(compiled.xsd()).toBe(compiled.xsd());
    expect(compiled.jsonSchema()).toBe(compiled.jsonSchema());
    expect(compiled.xsd()).toContain(`targetNamespace="${compiled.targetNamespace}"`);
    expect(compiled.jsonSchema()!['$id']).toBe(compiled.schemaUri);
    expect(compiled.toXml({ a: 'x' }).payload).toContain(`<fd:${compiled.rootName} `);
  });

  it('refuses to serialize for a definition with errors, saying why once', () => {
    const compiled = compile(smallDefinition({ a: { control: 'select', codeList: 'fehlt' } }));
    expect(compiled.ok).toBe(false);
    expect(compiled.diagnostics.map((d) => d.code)).toEqual(['compile-unknown-code-list']);
    expect([compiled.xsd(), compiled.jsonSchema()]).toEqual([undefined, undefined]);
    expect(compiled.toXml({ a: 'x' }).diagnostics.map((d) => d.code)).toEqual(['payload-definition-not-compiled']);
  });
});

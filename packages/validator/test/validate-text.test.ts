import { describe, expect, it } from 'vitest';
import { validateText } from '../src/index.js';
import { exampleDefinition } from './example-definition.js';

const text = (value: unknown) => JSON.stringify(value, null, 2);
const lineOf = (source: string, needle: string) => source.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('validateText', () => {
  it('accepts the example definition', () => {
    expect(validateText(text(exampleDefinition())).valid).toBe(true);
  });

  it('locates an unknown property at its key', () => {
    const definition = exampleDefinition() as unknown as { fields: { vorname: { [k: string]: unknown } } };
    definition.fields.vorname['required'] = true;
    const source = text(definition);
    const result = validateText(source, { file: 'antrag.json' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'schema-unknown-property',
        pointer: '/fields/vorname/required',
        file: 'antrag.json',
        position: { line: lineOf(source, '"required"'), column: 7 },
      }),
    ]);
  });

  it('locates a missing property at its parent key', () => {
    const definition = exampleDefinition() as unknown as { fields: { anrede: { [k: string]: unknown } } };
    delete definition.fields.anrede['label'];
    const source = text(definition);
    const [diagnostic] = validateText(source).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'schema-missing-property', pointer: '/fields/anrede', position: { line: lineOf(source, '"anrede": {'), column: 5 } });
  });

  it('locates semantic findings and sorts them by position', () => {
    const definition = exampleDefinition();
    definition.fields!['einwilligung']!.control = 'select';
    definition.structure.push({ field: 'fehlt' });
    const source = text(definition);
    const result = validateText(source);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual(['unknown-field', 'select-without-code-list', 'incompatible-control-type']);
    expect(errors[0]!.position!.line).toBe(lineOf(source, '"field": "fehlt"'));
    const lines = result.diagnostics.map((d) => d.position!.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('locates an array item at its start and the root at its first brace', () => {
    const definition = exampleDefinition();
    definition.structure.push({ field: 'anrede', name: 'anrede' });
    const source = JSON.stringify(definition, null, 2);
    const item = validateText(source).diagnostics.find((d) => d.code === 'duplicate-sibling-name');
    expect(item).toMatchObject({ pointer: '/structure/3', position: { line: source.split('\n').findIndex((l) => l.includes('"name": "anrede"')) - 1, column: 5 } });
    expect(validateText('  []').diagnostics).toEqual([expect.objectContaining({ code: 'definition-not-object', position: { line: 1, column: 3 } })]);
  });

  it('reports one diagnostic for one wrong code-list kind (discriminator)', () => {
    const definition = exampleDefinition() as unknown as { codeLists: { anreden: { kind: string } } };
    definition.codeLists.anreden.kind = 'liste';
    expect(validateText(text(definition)).diagnostics.map((d) => [d.code, d.pointer])).toEqual([['schema-unknown-kind', '/codeLists/anreden']]);
  });

  it('reports one diagnostic for one bad expression (anyOf)', () => {
    const definition = exampleDefinition() as unknown as { rules: { geburtsdatumPflicht: { effects: Array<{ when: unknown }> } } };
    definition.rules.geburtsdatumPflicht.effects[0]!.when = { and: [{ equal: 1, x: 2 }] };
    expect(validateText(text(definition)).diagnostics.map((d) => d.code)).toEqual(['schema-invalid-expression']);
  });

  it('counts columns in UTF-16 units after non-ASCII text', () => {
    const source = '{"fimforms": "1.0", "name": "antrag", "title": {"de": "Größe 😀"}, "structure": [{"field": "x"}], "bogus": 1}';
    const [diagnostic] = validateText(source).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'schema-unknown-property', position: { line: 1, column: source.indexOf('"bogus"') + 1 } });
  });
});

describe('occurrences (if/then/else)', () => {
  const withOccurrence = (occurrence: unknown) => {
    const definition = exampleDefinition() as unknown as { structure: unknown[] };
    definition.structure.push(occurrence);
    return validateText(JSON.stringify(definition)).diagnostics.map((d) => [d.code, d.pointer, d.message.en]);
  };

  it('reports a misspelt field key once', () => {
    expect(withOccurrence({ fieldd: 'vorname' })).toEqual([['schema-unknown-property', '/structure/3/fieldd', 'The property "fieldd" is not allowed here.']]);
  });

  it('reports an empty occurrence once, naming both choices', () => {
    expect(withOccurrence({})).toEqual([['schema-missing-property', '/structure/3', 'An occurrence needs "field" or "group".']]);
  });

  it('reports a bad cardinality of a field occurrence once', () => {
    expect(withOccurrence({ field: 'vorname', name: 'v2', cardinality: 'n' }).map(([code, pointer]) => [code, pointer])).toEqual([['schema-pattern-mismatch', '/structure/3/cardinality']]);
  });
});

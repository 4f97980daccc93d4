import { describe, expect, it } from 'vitest';
import { MAX_STRUCTURE_DEPTH } from '@fimforms/format';
import { validateBytes, validateDefinition, validateText } from '../src/index.js';
import { MAX_OCCURRENCES } from '../src/validation-limits.js';
import { exampleDefinition } from './example-definition.js';

const valid = JSON.stringify(exampleDefinition(), null, 2);
const codes = (result: { diagnostics: Array<{ code: string }> }) => result.diagnostics.map((d) => d.code);

describe('hostile input gives located diagnostics, never a throw', () => {
  it('reports text that is not JSON', () => {
    const result = validateText('<?xml version="1.0"?><form/>', { file: 'form.json' });
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'json-syntax-error', file: 'form.json', position: { line: 1, column: 1 } }),
    ]);
  });

  it('reports truncated JSON at its end', () => {
    const text = valid.slice(0, 200);
    const result = validateText(text);
    expect(codes(result)).toEqual(['json-unexpected-end']);
    expect(result.diagnostics[0]!.position!.line).toBe(text.split('\n').length);
  });

  it('warns about a BOM and validates the rest', () => {
    const result = validateBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid)]));
    expect(result.valid).toBe(true);
    expect(result.diagnostics[0]).toMatchObject({ code: 'json-byte-order-mark', severity: 'warning', position: { line: 1, column: 1 } });
  });

  it('reports Latin-1 bytes at their position', () => {
    const bytes = Uint8Array.from(Buffer.from('{\n  "name": "Gr\xfc\xdfe"\n}', 'latin1'));
    const result = validateBytes(bytes, { file: 'latin1.json' });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'encoding-not-utf8', file: 'latin1.json', position: { line: 2, column: 14 } })]);
  });

  it('reports UTF-16 text as not UTF-8', () => {
    expect(codes(validateBytes(Uint8Array.from(Buffer.from('\ufeff{}', 'utf16le'))))).toEqual(['encoding-not-utf8']);
  });

  it('reports an empty file and one of white space', () => {
    expect(codes(validateText(''))).toEqual(['json-empty']);
    expect(codes(validateBytes(new Uint8Array()))).toEqual(['json-empty']);
    expect(codes(validateText(' \n\t '))).toEqual(['json-empty']);
  });

  it('rejects a 50 MB file before parsing it', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    bytes[0] = 0x7b;
    bytes[bytes.length - 1] = 0x7d;
    const result = validateBytes(bytes, { file: 'big.json' });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'file-too-large', file: 'big.json' })]);
    expect(codes(validateText('"' + 'x'.repeat(17 * 1024 * 1024) + '"'))).toEqual(['file-too-large']);
  });

  it('stops text nested 100,000 deep at the depth limit', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = validateText(text);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'nesting-too-deep', position: { line: 1, column: 257 } })]);
  });

  it('stops a value nested 100,000 deep without recursion', () => {
    let value: unknown = {};
    for (let i = 0; i < 100_000; i++) value = { a: value };
    const result = validateDefinition(value);
    expect(codes(result)).toEqual(['nesting-too-deep']);
    expect(result.diagnostics[0]!.pointer).toBe('/a'.repeat(256));
  });

  it('rejects __proto__ and constructor keys in text, located', () => {
    const text = valid.replace('"vorname": {', '"vorname": {\n      "__proto__": { "control": "hidden" },\n      "constructor": 1,');
    const result = validateText(text);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'json-forbidden-key', pointer: '/fields/vorname/__proto__' }),
      expect.objectContaining({ code: 'json-forbidden-key', pointer: '/fields/vorname/constructor' }),
    ]);
    expect(result.diagnostics[0]!.position!.line).toBe(result.diagnostics[1]!.position!.line - 1);
  });

  it('rejects a parsed value with an own __proto__ key', () => {
    const value = JSON.parse('{"fimforms": "1.0", "fields": {"__proto__": {"name": "x"}}}');
    expect(validateDefinition(value).diagnostics).toEqual([expect.objectContaining({ code: 'json-forbidden-key', pointer: '/fields/__proto__' })]);
  });

  it('reports duplicate keys', () => {
    const text = valid.replace('"name": "meldung",', '"name": "meldung",\n  "name": "antrag",');
    expect(validateText(text).diagnostics).toEqual([expect.objectContaining({ code: 'json-duplicate-key', pointer: '/name', position: { line: 4, column: 3 } })]);
  });

  it('reports comments as syntax errors', () => {
    expect(codes(validateText('// Formular\n' + valid))).toEqual(['json-syntax-error']);
  });

  it('reports an unknown format version instead of schema noise', () => {
    const result = validateText(valid.replace('"fimforms": "1.0"', '"fimforms": "2.0"'));
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'format-version-unsupported', pointer: '/fimforms', position: { line: 2, column: 3 } })]);
  });

  it('stops a structure that expands exponentially', () => {
    const definition = exampleDefinition();
    const groups: NonNullable<typeof definition.groups> = {};
    for (let i = 0; i < 40; i++) {
      const child = i === 0 ? { field: 'vorname' } : { group: `g${i - 1}` };
      groups[`g${i}`] = { name: `g${i}`, label: { de: `G${i}` }, children: [child, { ...child, name: 'zwei' }] };
    }
    definition.groups = groups;
    definition.structure = [{ group: 'g39' }];
    expect(codes(validateDefinition(definition))).toContain('structure-too-large');
  });

  it('stops a reuse bomb of ten placements per level, 12 levels deep (10^12 occurrences), located', () => {
    const definition = exampleDefinition();
    const groups: NonNullable<typeof definition.groups> = {};
    for (let i = 0; i < 12; i++) {
      const child = i === 0 ? { field: 'vorname' } : { group: `g${i - 1}` };
      groups[`g${i}`] = { name: `g${i}`, label: { de: `G${i}`, en: `G${i}` }, children: Array.from({ length: 10 }, (_, k) => ({ ...child, name: `n${k}` })) };
    }
    definition.groups = { ...definition.groups, ...groups };
    definition.structure.push({ group: 'g11' });
    const source = JSON.stringify(definition, null, 2);
    const result = validateText(source, { file: 'bomb.json' });
    expect(result.valid).toBe(false);
    const tooLarge = result.diagnostics.filter((d) => d.code === 'structure-too-large');
    expect(tooLarge).toEqual([
      expect.objectContaining({ pointer: '/structure', file: 'bomb.json', position: { line: source.split('\n').findIndex((l) => l.includes('"structure"')) + 1, column: 3 } }),
    ]);
    // The rules saw at most MAX_OCCURRENCES occurrences: findings stay few, the rule type check is skipped.
    expect(result.diagnostics.length).toBeLessThan(200);
    expect(codes(result).filter((code) => code.startsWith('rule-'))).toEqual([]);
  });

  it('accepts exactly MAX_OCCURRENCES occurrences and stops at one more', () => {
    const withOccurrences = (total: number) => {
      const definition = exampleDefinition();
      const children = Array.from({ length: 99 }, (_, k) => ({ field: 'vorname', name: `v${k}` }));
      definition.groups = { ...definition.groups, block: { name: 'block', label: { de: 'Block', en: 'Block' }, children } };
      // The example places 5 occurrences; each block 100 (itself and 99 fields); single fields fill up.
      const rest = total - 5;
      const blocks = Array.from({ length: Math.floor(rest / 100) }, (_, k) => ({ group: 'block', name: `block${k}` }));
      const singles = Array.from({ length: rest % 100 }, (_, k) => ({ field: 'vorname', name: `einzeln${k}` }));
      definition.structure = [...definition.structure, ...blocks, ...singles];
      return definition;
    };
    expect(codes(validateDefinition(withOccurrences(MAX_OCCURRENCES)))).not.toContain('structure-too-large');
    expect(codes(validateDefinition(withOccurrences(MAX_OCCURRENCES + 1)))).toContain('structure-too-large');
  });

  it('reports groups nested deeper than the walk descends, at the first cut occurrence, without false "unused" warnings', () => {
    const definition = exampleDefinition();
    const groups: NonNullable<typeof definition.groups> = {};
    for (let i = 0; i < 100; i++) {
      const child = i === 0 ? { field: 'vorname' } : { group: `g${i - 1}` };
      groups[`g${i}`] = { name: `g${i}`, label: { de: `G${i}`, en: `G${i}` }, children: [child, { field: 'anrede' }] };
    }
    definition.groups = { ...definition.groups, ...groups };
    definition.structure.push({ group: 'g99' });
    const result = validateDefinition(definition);
    // g99 is placed at /structure/3; the group at depth MAX_STRUCTURE_DEPTH is g(99 - 64), placed by g(100 - 64).
    expect(result.diagnostics.filter((d) => d.code === 'structure-too-large').map((d) => d.pointer)).toEqual([`/groups/g${100 - MAX_STRUCTURE_DEPTH}/children/0`]);
    expect(codes(result)).not.toContain('unused-element');
  });

  it('never throws on arbitrary values', () => {
    for (const value of [null, undefined, 0, 'x', [], [[]], { fimforms: 1 }, { fimforms: '1.0', structure: 'x' }]) {
      expect(() => validateDefinition(value)).not.toThrow();
      expect(validateDefinition(value).valid).toBe(false);
    }
  });
});

describe('many findings', () => {
  it('reports 200,000 findings from one file without overflowing the call stack', () => {
    const definition = exampleDefinition();
    const values = Array.from({ length: 200_001 }, () => ({ code: 'x', label: { de: 'X', en: 'X' } }));
    definition.codeLists = { anreden: { kind: 'inline', values } };
    const result = validateText(JSON.stringify(definition));
    expect(result.diagnostics.filter((d) => d.code === 'duplicate-code')).toHaveLength(200_000);
  }, 60_000); // a large input, not a speed target: the figure lives in the benchmark
});

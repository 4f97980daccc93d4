import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { escapeXmlAttribute, type TextRepertoire } from '@fimforms/format';
import { isDin91379DatatypeC } from '@fimforms/format/din-91379';
import { patternMatcher, readPattern, translatePattern } from '@fimforms/format/pattern';
import { validateWithXmllint } from '../support/xmllint.js';

// The contract for patterns (payload.md §1, §4): for every value a field can hold, the XSD pattern
// (libxml2), the portable JSON Schema pattern (ECMAScript with `u` as ajv reads it, and Python's
// `re` as `jsonschema` reads it) and the runtime agree. Generated patterns mix the constructs whose
// meaning differs between dialects: `\p{…}`, `\d`, `\w`, `\s`, `.`, negations, set operations.
const atom = fc.constantFrom('a', 'ä', 'Ω', '1', ' ', '\\.', '\\d', '\\D', '\\w', '\\W', '\\s', '.', '\\p{L}', '\\p{Lu}', '\\P{L}', '\\p{N}', '[^a-z]', '[\\p{L}--[a-z]]', '[a-zß]', '[\\d\\-]', '😀');
const quantifier = fc.constantFrom('', '', '?', '*', '+', '{2}', '{1,2}');
const sequence = fc.array(fc.tuple(atom, quantifier).map(([a, q]) => a + q), { minLength: 1, maxLength: 4 }).map((items) => items.join(''));
const pattern = fc.oneof(sequence, fc.tuple(sequence, sequence).map(([a, b]) => `(${a}|${b})+`));
const character = fc.constantFrom('a', 'b', 'z', 'ä', 'ß', 'A', 'Ä', 'Ω', 'ω', '1', '٣', ' ', '\u00a0', '\t', '.', '-', '_', '😀', '𞓐', 'Ⴀ', 'ǅ', '€');
const value = fc.array(character, { maxLength: 5 }).map((chars) => chars.join(''));

function agree(repertoire: TextRepertoire, seed: number): void {
  const cases = fc.sample(fc.tuple(pattern, fc.array(value, { minLength: 4, maxLength: 8 })), { numRuns: Number(process.env['PATTERN_DIALECT_RUNS'] ?? 60), seed });
  const rows: { source: string; xsd: string; portable: string; values: string[] }[] = [];
  for (const [source, values] of cases) {
    const reading = readPattern(source);
    if (!reading.ok) continue;
    const xsd = translatePattern(reading, 'xsd', repertoire);
    const portable = translatePattern(reading, 'portable', repertoire);
    if (xsd === undefined || portable === undefined) continue;
    const held = values.filter((text) => repertoire === 'xml' || isDin91379DatatypeC(text));
    rows.push({ source, xsd, portable, values: held });
  }
  expect(rows.length).toBeGreaterThan(30);

  const runtime = rows.map(({ source, values }) => {
    const check = patternMatcher(source);
    if (!check.ok) throw new Error(source);
    return values.map((text) => check.matcher.test(text));
  });
  const ecmascript = rows.map(({ portable, values }) => values.map((text) => new RegExp(portable, 'u').test(text)));
  const script = 'import json,re,sys\nprint(json.dumps([[re.search(r["portable"], v) is not None for v in r["values"]] for r in json.load(sys.stdin)]))';
  const python = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(rows), encoding: 'utf8' })) as boolean[][];

  // One schema declares an element per pattern; one document per value.
  // Attribute escaping serves element content too: every character keeps its value in both.
  const escape = escapeXmlAttribute;
  const elements = rows.map((row, i) => `<xs:element name="p${i}"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="${escape(row.xsd)}"/></xs:restriction></xs:simpleType></xs:element>`);
  const schema = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${elements.join('')}</xs:schema>`;
  const documents = rows.flatMap((row, i) => row.values.map((text) => `<p${i}>${escape(text)}</p${i}>`));
  const verdicts = validateWithXmllint(schema, documents).map((verdict) => verdict.valid);
  let next = 0;
  const xsd = rows.map((row) => row.values.map(() => verdicts[next++]!));

  rows.forEach((row, i) => {
    const expected = runtime[i]!;
    const label = `${row.source} on ${JSON.stringify(row.values)}`;
    expect(ecmascript[i], `JSON Schema (ECMAScript): ${label}`).toEqual(expected);
    expect(python[i], `JSON Schema (Python re): ${label}`).toEqual(expected);
    expect(xsd[i], `XSD (libxml2): ${label}`).toEqual(expected);
  });
}

it('text: XSD, JSON Schema in ECMAScript and Python, and the runtime agree on generated patterns', () => agree('xml', 1), 120_000);
it('text_latin: the same within DIN 91379 Datentyp C', () => agree('din-91379-c', 2), 120_000);

/**
 * The hostile-input corpus of issue #15: generators, not megabytes. Each input names its entry
 * point, the files it needs (generated into a fresh directory) and the command line; the test
 * runs each in a bounded child process (run-bounded.ts). The inputs are what an attacker or a
 * careless user would try: huge, deep, many, malformed, injected.
 */
export interface HostileInput {
  entry: 'definition' | 'xdatenfelder' | 'expression' | 'submission' | 'xml-payload' | 'cli-arguments' | 'glob';
  name: string;
  files?: () => { [name: string]: string | Uint8Array };
  argv: string[];
}

const XDF3 = 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0';

/** A small valid definition; `extra` is merged over it. */
function definition(extra: { [key: string]: unknown } = {}): { [key: string]: unknown } {
  return {
    fimforms: '1.0',
    name: 'antrag',
    title: { de: 'Antrag', en: 'Application' },
    structure: [{ field: 'vorname' }, { group: 'kind', cardinality: '0:*' }],
    groups: { kind: { name: 'kind', label: { de: 'Kind', en: 'Child' }, children: [{ field: 'vorname', cardinality: '0:1' }, { group: 'enkel', cardinality: '0:*' }] }, enkel: { name: 'enkel', label: { de: 'Enkel', en: 'Grandchild' }, children: [{ field: 'vorname', cardinality: '0:1' }] } },
    fields: { vorname: { name: 'vorname', label: { de: 'Vorname', en: 'Given name' }, control: 'input', type: 'text', constraints: { maxLength: 50 } } },
    ...extra,
  };
}

const json = (value: unknown): string => JSON.stringify(value);

/** A definition with `count` optional text fields besides the usual ones. */
function manyFields(count: number): { [key: string]: unknown } {
  const keys = Array.from({ length: count }, (_, i) => `f${i}`);
  const base = definition();
  return {
    ...base,
    structure: [...(base['structure'] as unknown[]), ...keys.map((key) => ({ field: key, cardinality: '0:1' }))],
    fields: { ...(base['fields'] as object), ...Object.fromEntries(keys.map((key) => [key, { name: key, label: { de: key }, control: 'input', type: 'text' }])) },
  };
}

/** A definition with a select field over an inline list of `count` codes, each `<prefix><n>`. */
function withCodes(count: number, prefix: string): { [key: string]: unknown } {
  const base = definition();
  return {
    ...base,
    structure: [...(base['structure'] as unknown[]), { field: 'wahl' }],
    fields: { ...(base['fields'] as object), wahl: { name: 'wahl', label: { de: 'Wahl' }, control: 'select', type: 'text', codeList: 'liste' } },
    codeLists: { liste: { kind: 'inline', values: Array.from({ length: count }, (_, i) => ({ code: `${prefix}${i}`, label: { de: `${prefix}${i}` } })) } },
  };
}

/** A definition with one rule whose condition is `when`. */
function withRule(when: unknown): string {
  return json(definition({ rules: { regel: { type: 'K', effects: [{ effect: 'show', target: 'vorname', when }] } } }));
}

/** Like {@link withRule}, with the condition as JSON text (a tree too deep to build as an object). */
function withRawRule(whenJson: string): string {
  return withRule('__WHEN__').replace('"__WHEN__"', whenJson);
}

/** An XDatenfelder 3.0.0 Stammdatenschema whose `<stammdatenschema>` holds `body`. */
function xdf3(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><xdf3:xdatenfelder.stammdatenschema.0102 xmlns:xdf3="${XDF3}"><xdf3:header><xdf3:nachrichtID>1</xdf3:nachrichtID><xdf3:erstellungszeitpunkt>2026-01-01T00:00:00Z</xdf3:erstellungszeitpunkt></xdf3:header><xdf3:stammdatenschema><xdf3:identifikation><xdf3:id>S00000000001</xdf3:id><xdf3:version>1.0.0</xdf3:version></xdf3:identifikation><xdf3:name>Hostil</xdf3:name>${body}</xdf3:stammdatenschema></xdf3:xdatenfelder.stammdatenschema.0102>`;
}

function datenfeld(index: number, extra = ''): string {
  const id = `F${String(index).padStart(11, '0')}`;
  return `<xdf3:struktur><xdf3:anzahl>1:1</xdf3:anzahl><xdf3:enthaelt><xdf3:datenfeld><xdf3:identifikation><xdf3:id>${id}</xdf3:id><xdf3:version>1.0.0</xdf3:version></xdf3:identifikation><xdf3:name>Feld ${index}</xdf3:name><xdf3:feldart><code>input</code></xdf3:feldart><xdf3:datentyp><code>text</code></xdf3:datentyp>${extra}</xdf3:datenfeld></xdf3:enthaelt></xdf3:struktur>`;
}

/** Nested repeating groups of `width` × `width` instances, as JSON text, built without a giant object. */
function nestedSubmission(width: number): string {
  const inner = `{"enkel":[${Array.from({ length: width }, () => '{}').join(',')}]}`;
  return `{"vorname":"a","kind":[${Array.from({ length: width }, () => inner).join(',')}]}`;
}

const XML_PAYLOAD_NS = 'urn:fimforms:payload:antrag:1.0.0';

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  // Definition JSON (fimforms validate)
  { entry: 'definition', name: 'arrays nested 100,000 deep', files: () => ({ 'a.json': '['.repeat(100_000) + ']'.repeat(100_000) }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: 'objects nested 100,000 deep', files: () => ({ 'a.json': '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000) }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: 'a file just over the 16 MiB limit', files: () => ({ 'a.json': json(definition({ description: { de: 'x'.repeat(16 * 2 ** 20) } })) }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: '50,000 fields', files: () => ({ 'a.json': json(definition({ fields: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`f${i}`, { name: `f${i}`, label: { de: 'F' }, control: 'input', type: 'text' }])) })) }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: '100,000 structure entries naming unknown fields', files: () => ({ 'a.json': json(definition({ structure: Array.from({ length: 100_000 }, (_, i) => ({ field: `x${i}` })) })) }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: 'groups nested 10,000 deep', files: () => ({ 'a.json': json(definition({ structure: [{ group: 'g0' }], groups: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`g${i}`, { name: `g${i}`, label: { de: 'G' }, children: i < 9_999 ? [{ group: `g${i + 1}` }] : [{ field: 'vorname' }] }])) })) }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: 'a group cycle', files: () => ({ 'a.json': json(definition({ structure: [{ group: 'a' }], groups: { a: { name: 'a', label: { de: 'A' }, children: [{ group: 'b' }] }, b: { name: 'b', label: { de: 'B' }, children: [{ group: 'a' }] } } })) }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: 'keys with workflow commands, escape sequences and __proto__', files: () => ({ 'a.json': `{"fimforms":"1.0","name":"x\\n::error file=a::x","title":{"de":"\\u001b[2J"},"structure":[{"field":"\\n::warning::y\\u001b]0;t\\u0007"}],"fields":{"__proto__":{"name":"p"}},"__proto__":{"polluted":true}}` }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: 'invalid UTF-8, a BOM and lone surrogates', files: () => ({ 'a.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"fimforms":"1.0","name":"a\\ud800","title":{"de":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}}')]) }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: 'a 1,000,000-key object', files: () => ({ 'a.json': `{${Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":0`).join(',')}}` }), argv: ['validate', 'a.json'] },
  { entry: 'definition', name: 'control characters and lone surrogates in labels', files: () => ({ 'a.json': json(definition({ title: { de: 'A\u0001\u001b[31m\ud800b' } })) }), argv: ['validate', 'a.json'] },
  // Two definitions (fimforms diff): large differences stay bounded and capped in the human output.
  { entry: 'definition', name: 'diff: 5,000 fields, all removed', files: () => ({ 'old.json': json(manyFields(5_000)), 'new.json': json(definition()) }), argv: ['diff', 'old.json', 'new.json'] },
  { entry: 'definition', name: 'diff: an inline code list of 20,000 codes, every code replaced', files: () => ({ 'old.json': json(withCodes(20_000, 'a')), 'new.json': json(withCodes(20_000, 'b')) }), argv: ['diff', 'old.json', 'new.json'] },

  // Rule expressions (in definitions, fimforms validate)
  { entry: 'expression', name: 'a list of 200,000 items', files: () => ({ 'a.json': withRule({ in: [{ identifier: 'vorname' }, { list: Array.from({ length: 200_000 }, (_, i) => `v${i}`) }] }) }), argv: ['validate', 'a.json'] },
  { entry: 'expression', name: 'a list of 30,000 items', files: () => ({ 'a.json': withRule({ in: [{ identifier: 'vorname' }, { list: Array.from({ length: 30_000 }, (_, i) => `v${i}`) }] }) }), argv: ['validate', 'a.json'] },
  { entry: 'expression', name: 'text nested 100,000 parentheses deep', files: () => ({ 'a.json': withRule('('.repeat(100_000) + 'true' + ')'.repeat(100_000)) }), argv: ['validate', 'a.json'] },
  { entry: 'expression', name: 'a tree nested 100,000 deep', files: () => ({ 'a.json': withRawRule('{"not":'.repeat(100_000) + 'true' + '}'.repeat(100_000)) }), argv: ['validate', 'a.json'] },
  { entry: 'expression', name: 'text of 1 MB operators', files: () => ({ 'a.json': withRule(Array.from({ length: 100_000 }, () => 'true').join(' and ')) }), argv: ['validate', 'a.json'] },
  { entry: 'expression', name: 'a 10 MB string literal', files: () => ({ 'a.json': withRule({ equal: [{ identifier: 'vorname' }, 'x'.repeat(10 * 2 ** 20)] }) }), argv: ['validate', 'a.json'] },
  { entry: 'expression', name: '5,000 rules', files: () => ({ 'a.json': json(definition({ rules: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`r${i}`, { type: 'K', effects: [{ effect: 'show', target: 'vorname', when: `length(vorname) > ${i}` }] }])) })) }), argv: ['validate', 'a.json'] },

  // XDatenfelder XML (fimforms import)
  { entry: 'xdatenfelder', name: 'billion laughs', files: () => ({ 'a.xml': `<!DOCTYPE a [${Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}<!ENTITY l0 "lol">]><a>&l10;</a>` }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: 'an external entity (XXE)', files: () => ({ 'a.xml': '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>' }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: 'elements nested 100,000 deep', files: () => ({ 'a.xml': '<a>'.repeat(100_000) + '</a>'.repeat(100_000) }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: '40,000 siblings each drawing a diagnostic', files: () => ({ 'a.xml': xdf3('<xdf3:unbekannt/>'.repeat(40_000)) }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: '45,000 Datenfelder with one unknown child each', files: () => ({ 'a.xml': xdf3(Array.from({ length: 45_000 }, (_, i) => datenfeld(i, '<xdf3:unbekannt/>')).join('')) }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: '2,000,000 tiny elements', files: () => ({ 'a.xml': xdf3('<b/>'.repeat(2_000_000)) }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: 'a 20 MB attribute value', files: () => ({ 'a.xml': xdf3(`<xdf3:x a="${'x'.repeat(20 * 2 ** 20)}"/>`) }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: 'bytes that are not UTF-8', files: () => ({ 'a.xml': Buffer.concat([Buffer.from(xdf3('').slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc3])]) }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: 'an empty file', files: () => ({ 'a.xml': '' }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: 'a name of 10 MB', files: () => ({ 'a.xml': xdf3(datenfeld(1).replace('<xdf3:name>Feld 1</xdf3:name>', `<xdf3:name>${'Ä'.repeat(10 * 2 ** 20)}</xdf3:name>`)) }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: 'a name of 5 Mi references (&amp;)', files: () => ({ 'a.xml': xdf3(datenfeld(1).replace('<xdf3:name>Feld 1</xdf3:name>', `<xdf3:name>${'&amp;'.repeat(5 * 2 ** 20)}</xdf3:name>`)) }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: 'a name of 10 Mi line ends (CR)', files: () => ({ 'a.xml': xdf3(datenfeld(1).replace('<xdf3:name>Feld 1</xdf3:name>', `<xdf3:name>${'a\r'.repeat(10 * 2 ** 20)}</xdf3:name>`)) }), argv: ['import', 'a.xml'] },
  { entry: 'xdatenfelder', name: 'a comment of 5 Mi "-x" pairs', files: () => ({ 'a.xml': xdf3(`<!--${'-x'.repeat(5 * 2 ** 20)}-->`) }), argv: ['import', 'a.xml'] },

  // Submissions (fimforms payload)
  { entry: 'submission', name: 'nested repeating groups: 16 MB, millions of instances', files: () => ({ 'f.json': json(definition()), 'd.json': nestedSubmission(2_300) }), argv: ['payload', 'f.json', 'd.json', '--xml', '-o', 'out.xml'] },
  { entry: 'submission', name: 'nested repeating groups just under the 1,000,000 objects a JSON input may hold', files: () => ({ 'f.json': json(definition()), 'd.json': nestedSubmission(990) }), argv: ['payload', 'f.json', 'd.json', '--xml', '-o', 'out.xml'] },
  { entry: 'submission', name: 'an array of 1,000,000 items', files: () => ({ 'f.json': json(definition()), 'd.json': `{"kind":[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]}` }), argv: ['payload', 'f.json', 'd.json', '--json'] },
  { entry: 'submission', name: 'JSON nested 100,000 deep', files: () => ({ 'f.json': json(definition()), 'd.json': '{"kind":'.repeat(100_000) + '1' + '}'.repeat(100_000) }), argv: ['payload', 'f.json', 'd.json', '--json'] },
  { entry: 'submission', name: 'a 10 MB value', files: () => ({ 'f.json': json(definition()), 'd.json': json({ vorname: 'x'.repeat(10 * 2 ** 20) }) }), argv: ['payload', 'f.json', 'd.json', '--xml'] },
  { entry: 'submission', name: '__proto__ and constructor keys', files: () => ({ 'f.json': json(definition()), 'd.json': '{"__proto__":{"vorname":"x"},"constructor":{"prototype":{"polluted":1}},"kind":[{"__proto__":[]}]}' }), argv: ['payload', 'f.json', 'd.json', '--json'] },

  // XML payloads (compile(definition).fromXml)
  { entry: 'xml-payload', name: 'billion laughs', files: () => ({ 'f.json': json(definition()), 'p.xml': `<!DOCTYPE a [<!ENTITY a "${'x'.repeat(100)}"><!ENTITY b "${'&a;'.repeat(100)}">]><antrag xmlns="${XML_PAYLOAD_NS}">&b;</antrag>` }), argv: ['read-xml-payload', 'f.json', 'p.xml'] },
  { entry: 'xml-payload', name: 'elements nested 100,000 deep', files: () => ({ 'f.json': json(definition()), 'p.xml': `<antrag xmlns="${XML_PAYLOAD_NS}">${'<kind>'.repeat(100_000)}${'</kind>'.repeat(100_000)}</antrag>` }), argv: ['read-xml-payload', 'f.json', 'p.xml'] },
  { entry: 'xml-payload', name: '1,000,000 repeated elements', files: () => ({ 'f.json': json(definition()), 'p.xml': `<antrag xmlns="${XML_PAYLOAD_NS}">${'<kind><vorname>x</vorname></kind>'.repeat(1_000_000)}</antrag>` }), argv: ['read-xml-payload', 'f.json', 'p.xml'] },
  { entry: 'xml-payload', name: 'unbound prefixes, control characters and an undefined entity', files: () => ({ 'f.json': json(definition()), 'p.xml': `<p:antrag>\u0001&nbsp;</p:antrag>` }), argv: ['read-xml-payload', 'f.json', 'p.xml'] },

  // CLI arguments
  { entry: 'cli-arguments', name: 'no arguments', argv: [] },
  { entry: 'cli-arguments', name: '10,000 missing files', argv: ['validate', ...Array.from({ length: 10_000 }, (_, i) => `fehlt-${i}.json`)] },
  { entry: 'cli-arguments', name: 'a 100,000-character argument', argv: ['validate', 'x'.repeat(100_000)] },
  { entry: 'cli-arguments', name: 'control characters and escape sequences in arguments', argv: ['export', 'a\u001b[2J.json', '--now', '\n::error::x', '--lang', 'de'] },
  { entry: 'cli-arguments', name: 'an empty output name', files: () => ({ 'f.json': json(definition()) }), argv: ['sample', 'f.json', '-o', ''] },
  { entry: 'cli-arguments', name: 'the output is the input', files: () => ({ 'f.json': json(definition()) }), argv: ['export', 'f.json', '-o', 'f.json'] },
  { entry: 'cli-arguments', name: 'an unknown option with an escape sequence', argv: ['validate', '--\u001b[31mx'] },

  // Globs (fimforms validate)
  { entry: 'glob', name: '12 × **/ without match', files: () => ({ 'a/b/c/d.json': '{}' }), argv: ['validate', `${'**/'.repeat(12)}*.nomatch`] },
  { entry: 'glob', name: '**a**a**a**a**b against a long name', files: () => ({ [`${'a'.repeat(200)}c.json`]: '{}' }), argv: ['validate', '**a**a**a**a**b'] },
  { entry: 'glob', name: 'three star runs against a 250-character name', files: () => ({ [`${'a'.repeat(245)}c.json`]: '{}' }), argv: ['validate', '*a*a*b'] },
  { entry: 'glob', name: 'an unclosed brace', argv: ['validate', 'x/{a'] },
  { entry: 'glob', name: 'a range of a million', files: () => ({ 'a.json': '{}' }), argv: ['validate', '{1..1000000}.json'] },
  { entry: 'glob', name: 'nested braces', files: () => ({ 'a.json': '{}' }), argv: ['validate', `${'{a,'.repeat(200)}b${'}'.repeat(200)}.json`] },
  { entry: 'glob', name: 'a thousand brackets', argv: ['validate', `${'['.repeat(1000)}*.json`] },
];

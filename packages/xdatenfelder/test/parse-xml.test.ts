import { describe, expect, it } from 'vitest';
import { importXdf } from '../src/import-xdf.js';
import { parseXml } from '../src/parse-xml.js';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<lolz>&lol9;</lolz>`;
const XXE = `<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<xdf:xdatenfelder.datenfeld.0104 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">&xxe;</xdf:xdatenfelder.datenfeld.0104>`;
const EXTERNAL_DTD = `<?xml version="1.0"?>
<!DOCTYPE foo SYSTEM "http://127.0.0.1:9/evil.dtd">
<foo>&ext;</foo>`;

describe('parseXml', () => {
  it('rejects a billion-laughs document at its DOCTYPE', () => {
    const result = parseXml(BILLION_LAUGHS);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostic.code).toBe('xdf-doctype-forbidden');
      expect(result.diagnostic.position?.line).toBeGreaterThanOrEqual(2);
    }
  });

  it('rejects an XXE document without reading the file', () => {
    const result = importXdf(XXE);
    expect(result.definition).toBeUndefined();
    expect(result.report.diagnostics.map((d) => d.code)).toEqual(['xdf-doctype-forbidden']);
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('rejects an external DTD', () => {
    const result = parseXml(EXTERNAL_DTD);
    expect(result.ok ? 'ok' : result.diagnostic.code).toBe('xdf-doctype-forbidden');
  });

  it('rejects nesting deeper than the limit with a located error', () => {
    const depth = 100_000;
    const result = parseXml('<a>'.repeat(depth) + '</a>'.repeat(depth));
    expect(result.ok ? 'ok' : result.diagnostic.code).toBe('xdf-too-deep');
    const shallow = parseXml('<a>'.repeat(10) + '</a>'.repeat(10), { maxDepth: 5 });
    expect(shallow.ok ? 'ok' : shallow.diagnostic.code).toBe('xdf-too-deep');
  });

  it('enforces a configurable size limit before parsing', () => {
    const result = importXdf(`<a>${'x'.repeat(2000)}</a>`, { limits: { maxChars: 1000 } });
    expect(result.report.diagnostics.map((d) => d.code)).toEqual(['xdf-too-large']);
  });

  it('enforces an element-count limit', () => {
    const result = parseXml(`<a>${'<b/>'.repeat(50)}</a>`, { maxElements: 10 });
    expect(result.ok ? 'ok' : result.diagnostic.code).toBe('xdf-too-many-elements');
  });

  it('reports malformed XML with line and column', () => {
    const result = parseXml('<a>\n  <b>\n</a>', {}, 'broken.xml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostic.code).toBe('xdf-malformed-xml');
      expect(result.diagnostic.file).toBe('broken.xml');
      expect(result.diagnostic.position?.line).toBe(3);
    }
  });

  it('resolves namespaces by URI, keeps __proto__ as an ordinary attribute and decodes CR references', () => {
    const result = parseXml('<p:a xmlns:p="urn:x" __proto__="1" b="&#13;x"><code>1</code></p:a>');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.root.uri).toBe('urn:x');
      expect(result.root.children[0]!.uri).toBe('');
      expect(Object.hasOwn(result.root.attributes, '__proto__')).toBe(true);
      expect(result.root.attributes['b']).toBe('\rx');
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    }
  });

  it('never throws on arbitrary input', () => {
    for (const input of ['', '<', '<a', '<?xml?>', '\u0000', '<a></b>', '<a xmlns:x="u"><y:b/></a>']) {
      expect(() => importXdf(input)).not.toThrow();
      expect(importXdf(input).report.diagnostics[0]?.severity).toBe('error');
    }
  });
});

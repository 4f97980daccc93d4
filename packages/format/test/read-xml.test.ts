import { describe, expect, it } from 'vitest';
import { readXml, type XmlElement, type XmlReadResult } from '../src/index.js';

function root(result: XmlReadResult): XmlElement {
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.root;
}

describe('readXml (the shared hardened reader on saxes)', () => {
  it('decodes references, keeps CDATA verbatim and normalizes line ends as XML 1.0 says', () => {
    const element = root(readXml('\uFEFF<?xml version="1.0"?>\r\n<a x="1&#10;2\t3">&lt;&#x20AC;&amp;<![CDATA[<&>]]>\r\nz</a>'));
    expect(element.text).toBe('<€&<&>\nz');
    expect(element.attributes['x']).toBe('1\n2 3');
  });

  it('resolves prefixes, default namespaces and undeclaring; leaves out namespace declarations and xsi attributes', () => {
    const element = root(readXml('<p:a xmlns:p="urn:p" xmlns="urn:d" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="t" __proto__="1"><b/><c xmlns=""/><p:d/></p:a>'));
    expect([element, ...element.children].map((e) => [e.uri, e.local])).toEqual([
      ['urn:p', 'a'],
      ['urn:d', 'b'],
      ['', 'c'],
      ['urn:p', 'd'],
    ]);
    expect(Object.keys(element.attributes)).toEqual(['__proto__']);
    expect(element.attributes['__proto__']).toBe('1');
    expect('toString' in element.attributes || 'constructor' in element.attributes).toBe(false);
    expect(element.children[0]!.parent).toBe(element);
  });

  it.each([
    ['a duplicate attribute', '<a x="1" x="2"/>', 'Das Attribut „x“ ist doppelt angegeben.'],
    ['an unquoted attribute', '<a x=1/>', 'Ein Attributwert fehlt oder steht nicht in Anführungszeichen.'],
    ['"<" in an attribute', '<a x="<"/>', undefined],
    ['content after the root', '<a/><b/>', undefined],
    ['a control character', '<a>\u0001</a>', 'Ein Zeichen, das XML an dieser Stelle nicht erlaubt.'],
    ['a reference to a character XML forbids', '<a>&#1;</a>', undefined],
    ['"]]>" in text', '<a>]]></a>', undefined],
    ['an unterminated comment', '<a><!-- </a>', undefined],
    ['a mismatched end tag', '<a>\n  <b>\n</a>', undefined],
    ['an unbound prefix', '<p:a/>', 'Das Namensraum-Präfix „p“ ist nicht gebunden.'],
    ['an undefined entity', '<a>&nbsp;</a>', undefined],
    ['an empty document', '', 'Das Dokument enthält kein Wurzelelement.'],
  ])('refuses %s as malformed, located at line and column ≥ 1, in German and English', (_, xml, german) => {
    const result = readXml(xml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('malformed');
    expect(result.problem.line).toBeGreaterThanOrEqual(1);
    expect(result.problem.column).toBeGreaterThanOrEqual(1);
    if (german !== undefined) expect(result.problem.message.de).toBe(german);
    // No English parser text in the German message (issue #15 finding 10).
    expect(result.problem.message.de).not.toMatch(/\b(unexpected|unclosed|disallowed|character|attribute|document|entity)\b/i);
  });

  it('rejects a DOCTYPE before any entity is declared: billion laughs, XXE, external DTD', () => {
    for (const xml of [
      '<!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><a>&b;</a>',
      '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
      '<!DOCTYPE a SYSTEM "http://127.0.0.1:9/x.dtd"><a/>',
    ]) {
      const result = readXml(xml);
      expect(result.ok ? undefined : result.problem.kind).toBe('doctype');
    }
  });

  it('stops at the depth, element and size limits', () => {
    const deep = readXml('<a>'.repeat(100_000) + '</a>'.repeat(100_000));
    expect(deep.ok ? undefined : [deep.problem.kind, deep.problem.line, deep.problem.column]).toEqual(['too-deep', 1, 193]);
    const many = readXml(`<a>${'<b/>'.repeat(50)}</a>`, { maxElements: 10 });
    expect(many.ok ? undefined : many.problem.kind).toBe('too-many-elements');
    const large = readXml(`<a>${'x'.repeat(100)}</a>`, { maxChars: 50 });
    expect(large.ok ? undefined : [large.problem.kind, large.problem.line, large.problem.column]).toEqual(['too-large', 1, 1]);
  });
});

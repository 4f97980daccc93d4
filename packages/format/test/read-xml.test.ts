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

  describe('the text limit (maxTextChars, default 16 Mi)', () => {
    const problem = (result: XmlReadResult) => (result.ok ? undefined : [result.problem.kind, result.problem.line, result.problem.column]);

    it('takes a text exactly at the limit and refuses one character more at the start tag of its element', () => {
      expect(root(readXml(`<a>\n <b x="1">${'x'.repeat(100)}</b></a>`, { maxTextChars: 100 })).children[0]!.text).toHaveLength(100);
      const refused = readXml(`<a>\n <b x="1">${'x'.repeat(101)}</b></a>`, { maxTextChars: 100 });
      expect(problem(refused)).toEqual(['text-too-large', 2, 2]);
      expect(refused.ok ? undefined : refused.problem.message).toEqual({
        de: 'Im Element <b> steht ein Text (Zeichendaten, Attributwert oder Kommentar) mit mehr als 100 Zeichen.',
        en: 'The element <b> holds a text (character data, attribute value or comment) longer than 100 characters.',
      });
    });

    it('counts text and CDATA of one element together, and references as the characters they stand for', () => {
      expect(problem(readXml(`<a>${'x'.repeat(60)}<![CDATA[${'y'.repeat(41)}]]></a>`, { maxTextChars: 100 }))).toEqual(['text-too-large', 1, 1]);
      expect(root(readXml(`<a>${'&amp;'.repeat(100)}</a>`, { maxTextChars: 100 })).text).toBe('&'.repeat(100));
    });

    it('refuses a long attribute value at its start tag, namespace declarations included', () => {
      expect(problem(readXml(`<a>\n<p:b xmlns:p="urn:p" c="${'x'.repeat(101)}"/></a>`, { maxTextChars: 100 }))).toEqual(['text-too-large', 2, 1]);
      expect(problem(readXml(`<a xmlns:p="urn:${'x'.repeat(101)}"/>`, { maxTextChars: 100 }))).toEqual(['text-too-large', 1, 1]);
    });

    // Each of these documents ends inside the long text: without the check while reading, saxes
    // would collect the whole text first and then report the document as malformed.
    it.each([
      ['character data', `<a>${'x'.repeat(200_000)}`],
      ['references and line ends', `<a>${'&amp;\r\n'.repeat(40_000)}`],
      ['an attribute value', `<a b="${'x'.repeat(200_000)}`],
      ['an entity name', `<a>&${'x'.repeat(200_000)}`],
      ['a comment', `<a><!--${'x'.repeat(200_000)}`],
    ])('stops collecting %s at the limit while reading, not at its end', (_, xml) => {
      expect(problem(readXml(xml, { maxTextChars: 1_000 }))).toEqual(['text-too-large', 1, 1]);
    });

    it('refuses a long declaration or comment outside the root element where reading stopped', () => {
      const result = readXml(`<!--${'x'.repeat(200_000)}--><a/>`, { maxTextChars: 1_000 });
      expect(result.ok ? undefined : [result.problem.kind, result.problem.message.en]).toEqual(['text-too-large', 'Outside the root element, a text (comment or declaration) is longer than 1000 characters.']);
    });

    it('reads a document in chunks without changing it: line ends split across chunks, surrogate pairs, lines and columns', () => {
      const head = '<a>';
      const text = `${'x'.repeat(65_536 - head.length - 1)}\r\ny\rz😀${'ä'.repeat(65_536)}😀`;
      const element = root(readXml(`${head}${text}\r\n<b/></a>`));
      expect(element.text).toBe(text.replace(/\r\n?/g, '\n') + '\n');
      expect([element.children[0]!.line, element.children[0]!.column]).toEqual([4, 1]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readXml, XmlReadError } from '../../src/xml/read-xml.js';

describe('readXml', () => {
  it('decodes references, keeps CDATA verbatim and normalizes line ends as XML 1.0 says', () => {
    const root = readXml('<?xml version="1.0"?>\r\n<a x="1&#10;2\t3">&lt;&#x20AC;&amp;<![CDATA[<&>]]>\r\nz</a>');
    expect(root.text).toBe('<€&<&>\nz');
    expect(root.attributes.get('x')).toBe('1\n2 3');
  });

  it('resolves prefixes, default namespaces and undeclaring', () => {
    const root = readXml('<p:a xmlns:p="urn:p" xmlns="urn:d"><b/><c xmlns=""/><p:d/></p:a>');
    expect([root, ...root.children].map((element) => [element.uri, element.local])).toEqual([
      ['urn:p', 'a'],
      ['urn:d', 'b'],
      ['', 'c'],
      ['urn:p', 'd'],
    ]);
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE a SYSTEM "http://example.org/x.dtd"><a/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['"<" in an attribute', '<a x="<"/>'],
    ['content after the root', '<a/><b/>'],
    ['a control character', '<a>\u0001</a>'],
    ['a reference to a character XML forbids', '<a>&#1;</a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['an unterminated comment', '<a><!-- </a>'],
  ])('refuses %s with a position', (_, xml) => {
    expect(() => readXml(xml)).toThrow(XmlReadError);
    try {
      readXml(xml);
    } catch (error) {
      expect((error as XmlReadError).line).toBeGreaterThanOrEqual(1);
      expect((error as XmlReadError).column).toBeGreaterThanOrEqual(1);
    }
  });
});

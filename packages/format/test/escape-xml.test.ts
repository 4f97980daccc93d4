import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, readXml, replaceNonXmlCharacters } from '../src/index.js';

/** Text XML can carry: any string with the characters it cannot carry replaced. */
const xmlText = fc.string({ unit: fc.constantFrom('a', 'ä', '&', '<', '>', '"', "'", '\t', '\n', '\r', ' ', '😀', ']]>', '&amp;') }).map((text) => replaceNonXmlCharacters(text, ''));

function read(xml: string): { text: string; attribute: string | undefined } {
  const result = readXml(xml);
  if (!result.ok) throw new Error(result.problem.message.en);
  return { text: result.root.text, attribute: result.root.attributes['a'] };
}

describe('escapeXmlText and escapeXmlAttribute', () => {
  it('escape markup, and CR, TAB and LF where a parser would change them', () => {
    expect(escapeXmlText('a < b & "c"\r\nd\t>')).toBe('a &lt; b &amp; "c"&#xD;\nd\t&gt;');
    expect(escapeXmlAttribute('a < b & "c"\r\nd\t>')).toBe('a &lt; b &amp; &quot;c&quot;&#xD;&#xA;d&#x9;&gt;');
  });

  it('keep every value exactly through a conforming parser, in content and in attributes', () => {
    fc.assert(
      fc.property(xmlText, (text) => {
        expect(read(`<r a="${escapeXmlAttribute(text)}">${escapeXmlText(text)}</r>`)).toEqual({ text, attribute: text });
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { corpusAvailable } from '../support/corpus.js';
import { smallDefinition } from '../support/small-definition.js';
import { validateWithXmllint } from '../support/xmllint.js';

const definition = smallDefinition({
  text: { cardinality: '0:1' },
  betrag: { type: 'num_currency', cardinality: '0:1' },
  zahl: { type: 'num', cardinality: '0:1' },
});

describe('toXml', () => {
  it('escapes markup and keeps a carriage return through the round trip', () => {
    const submission = { text: 'a < b & "c"\r\nd' };
    const xml = compile(definition).toXml(submission).payload!;
    expect(xml).toContain('a &lt; b &amp; "c"&#xD;\nd');
    expect(compile(definition).fromXml(xml).submission).toEqual(submission);
  });

  it('writes decimals with their exact digits', () => {
    const submission = { betrag: '12.50', zahl: '123456789012345678901234567890.000000000000000000001' };
    const xml = compile(definition).toXml(submission).payload!;
    expect(xml).toContain('<fd:betrag>12.50</fd:betrag>');
    expect(compile(definition).toJson(submission).payload).toContain('"zahl": 123456789012345678901234567890.000000000000000000001');
    expect(compile(definition).fromXml(xml).submission).toEqual(submission);
  });

  it('reports instead of writing when the submission is not an object', () => {
    for (const submission of [null, [], 'text', 42]) {
      const result = compile(definition).toXml(submission);
      expect(result.payload).toBeUndefined();
      expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'payload-invalid-value', pointer: '' }));
    }
  });

  it('writes an empty root without content', () => {
    expect(compile(definition).toXml({}).payload).toContain('<fd:klein xmlns:fd="urn:fimforms:payload:klein:1.0"/>');
  });

  it.runIf(corpusAvailable())('the XML of a large submission validates', () => {
    const big = smallDefinition({ text: { cardinality: '0:*', constraints: { maxLength: 100 } } });
    const submission = { text: Array.from({ length: 5000 }, (_, index) => `Wert ${index} äöü € 😀`) };
    const xml = compile(big).toXml(submission).payload!;
    const [verdict] = validateWithXmllint(compile(big).xsd()!, [xml]);
    expect(verdict!.valid).toBe(true);
    expect(compile(big).fromXml(xml).submission).toEqual(submission);
  });
});

describe('binary values', () => {
  const withObj = smallDefinition({ daten: { type: 'obj' } });

  it('re-encodes base64 canonically: the same bytes, the form xs:base64Binary accepts', () => {
    expect(compile(withObj).toXml({ daten: 'AB==' }).payload).toContain('<fd:daten>AA==</fd:daten>');
    expect(compile(withObj).toJson({ daten: 'ABE=' }).payload).toContain('"daten": "ABE="');
  });
});

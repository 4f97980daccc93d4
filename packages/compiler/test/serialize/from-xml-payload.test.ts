import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { smallDefinition } from '../support/small-definition.js';

const definition = smallDefinition({
  name: {},
  anzahl: { type: 'num_int', cardinality: '0:1' },
  ja: { type: 'bool', cardinality: '0:1' },
  betrag: { type: 'num', cardinality: '0:1' },
});
const NS = 'urn:fimforms:payload:klein:1.0';

describe('fromXml', () => {
  it('reads values in their submission types, whatever the prefix', () => {
    const xml = `<?xml version="1.0"?><!-- c --><x:klein xmlns:x="${NS}"><x:name><![CDATA[A&B]]></x:name><x:anzahl> 7 </x:anzahl><x:ja>1</x:ja><x:betrag>+.5</x:betrag></x:klein>`;
    expect(compile(definition).fromXml(xml)).toEqual({ submission: { name: 'A&B', anzahl: 7, ja: true, betrag: '0.5' }, diagnostics: [] });
  });

  it('reads a default namespace', () => {
    expect(compile(definition).fromXml(`<klein xmlns="${NS}"><name>x</name></klein>`).submission).toEqual({ name: 'x' });
  });

  it.each([
    ['not XML', 'hallo', 'payload-xml-malformed'],
    ['a DOCTYPE (no entity expansion)', `<!DOCTYPE a [<!ENTITY x "y">]><klein xmlns="${NS}"/>`, 'payload-xml-malformed'],
    ['an unknown entity', `<klein xmlns="${NS}"><name>&x;</name></klein>`, 'payload-xml-malformed'],
    ['mismatched tags', `<klein xmlns="${NS}"><name>x</nam></klein>`, 'payload-xml-malformed'],
    ['an unbound prefix', `<p:klein/>`, 'payload-xml-malformed'],
    ['nesting 100,000 deep', `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`, 'payload-xml-malformed'],
    ['another root', `<andere xmlns="${NS}"/>`, 'payload-xml-wrong-root'],
    ['the right name in another namespace', `<klein xmlns="urn:fremd"/>`, 'payload-xml-wrong-root'],
    ['an unknown element', `<klein xmlns="${NS}"><name>x</name><fremd/></klein>`, 'payload-xml-unexpected-element'],
    ['a repeated single element', `<klein xmlns="${NS}"><name>x</name><name>y</name></klein>`, 'payload-xml-unexpected-element'],
    ['an integer out of the safe range', `<klein xmlns="${NS}"><name>x</name><anzahl>9007199254740993</anzahl></klein>`, 'payload-xml-invalid-value'],
    ['a boolean "yes"', `<klein xmlns="${NS}"><name>x</name><ja>yes</ja></klein>`, 'payload-xml-invalid-value'],
  ])('reports %s', (_, xml, code) => {
    const result = compile(definition).fromXml(xml);
    expect(result.submission).toBeUndefined();
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain(code);
  });

  it('reports a value that is not text instead of throwing', () => {
    expect(compile(definition).fromXml(undefined as unknown as string).diagnostics[0]?.code).toBe('payload-xml-malformed');
  });

  it('locates errors by line and column', () => {
    const result = compile(definition).fromXml(`<klein xmlns="${NS}">\n  <name>x</name>\n  <fremd/>\n</klein>`);
    expect(result.diagnostics[0]).toMatchObject({ code: 'payload-xml-unexpected-element', position: { line: 3, column: 3 } });
  });
});

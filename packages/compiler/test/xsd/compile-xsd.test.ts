import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { corpusAvailable } from '../support/corpus.js';
import { smallDefinition } from '../support/small-definition.js';
import { compileCheck, validateWithXmllint } from '../support/xmllint.js';
import { xoevStaticChecks } from '../support/xoev-static-checks.js';

describe('xsd', () => {
  it('imports the XÖV library only when used, by its official locations', () => {
    const plain = compile(smallDefinition({ a: {} })).xsd()!;
    expect(plain).not.toContain('xs:import');
    const latin = compile(smallDefinition({ a: { type: 'text_latin' } })).xsd()!;
    expect(latin).toContain('schemaLocation="https://xoev.de/schemata/din/91379/2022-08/din-norm-91379-datatypes.xsd"');
    expect(latin).toContain('base="din91379:datatypeC"');
  });

  it('writes Code-Typ 3 for a code list without version: listURI fixed, listVersionID required, codes not enumerated', () => {
    const definition = smallDefinition(
      { staat: { control: 'select', codeList: 'staaten' } },
      { codeLists: { staaten: { kind: 'genericode', uri: 'urn:de:bund:destatis:staat', values: [{ code: '000', label: { de: 'deutsch' } }] } } },
    );
    const xsd = compile(definition).xsd()!;
    expect(xsd).toContain('<xs:attribute name="listURI" type="xs:anyURI" use="optional" fixed="urn:de:bund:destatis:staat">');
    expect(xsd).toContain('<xs:attribute name="listVersionID" type="xs:normalizedString" use="required">');
    expect(xsd).not.toContain('xs:enumeration');
  });

  it('escapes texts and refuses characters XML cannot carry in documentation', () => {
    const xsd = compile(smallDefinition({ a: { label: { de: 'A & <b> "c" \u0001' } } })).xsd()!;
    expect(xsd).toContain('A &amp; &lt;b&gt; "c" \uFFFD');
  });

  it.runIf(corpusAvailable())('compiles with a URN namespace and FIM-id names, and passes the XÖV checks', () => {
    const definition = smallDefinition({ a: { fim: { id: 'F60000000001', version: '1.0' } } }, { fim: { id: 'S60000000001', version: '2.1' } });
    const options = { naming: 'fim-id' as const, targetNamespace: 'urn:de:example:payload:test_2.1' };
    const compiled = compile(definition, options);
    const xsd = compiled.xsd()!;
    expect(compileCheck(xsd)).toEqual([]);
    expect(xoevStaticChecks(xsd, definition)).toEqual([]);
    const xml = compiled.toXml(compiled.sample().submission).payload!;
    expect(xml).toContain('<fd:S60000000001 xmlns:fd="urn:de:example:payload:test_2.1">');
    expect(validateWithXmllint(xsd, [xml])[0]!.valid).toBe(true);
  });
});

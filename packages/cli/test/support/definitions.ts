/** A definition whose select field uses a genericode list with neither codes nor version. */
export function unversionedCodeListDefinition(): string {
  return JSON.stringify(
    {
      fimforms: '1.0',
      name: 'antrag',
      title: { de: 'Antrag', en: 'Application' },
      structure: [{ field: 'land' }],
      fields: { land: { name: 'land', label: { de: 'Staat', en: 'State' }, control: 'select', type: 'text', codeList: 'staat' } },
      codeLists: { staat: { kind: 'genericode', uri: 'urn:example:staat' } },
    },
    null,
    2,
  );
}

/** A genericode file for the list of {@link unversionedCodeListDefinition} (no version, codes 000 and 129). */
export function staatGenericode(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">' +
    '<Identification><ShortName>Staat</ShortName><CanonicalUri>urn:example:staat</CanonicalUri></Identification><ColumnSet>' +
    '<Column Id="code"><ShortName>Code</ShortName><Data Type="string"/></Column><Column Id="name"><ShortName>Name</ShortName><Data Type="string"/></Column>' +
    '<Key Id="codeKey"><ShortName>CodeKey</ShortName><ColumnRef Ref="code"/></Key></ColumnSet><SimpleCodeList>' +
    '<Row><Value ColumnRef="code"><SimpleValue>000</SimpleValue></Value><Value ColumnRef="name"><SimpleValue>Deutschland</SimpleValue></Value></Row>' +
    '<Row><Value ColumnRef="code"><SimpleValue>129</SimpleValue></Value><Value ColumnRef="name"><SimpleValue>Frankreich</SimpleValue></Value></Row>' +
    '</SimpleCodeList></gc:CodeList>'
  );
}

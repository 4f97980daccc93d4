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

import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { embedCodeLists } from '../src/index.js';
import { fixture } from './support/fixtures.js';

const definition = {
  fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
  structure: [{ field: 'anrede' }, { field: 'staat' }],
  fields: {
    anrede: { name: 'anrede', label: { de: 'Anrede' }, control: 'select', type: 'text', codeList: 'anreden' },
    staat: { name: 'staat', label: { de: 'Staat' }, control: 'select', type: 'text', codeList: 'staaten' },
  },
  codeLists: {
    anreden: { kind: 'genericode', uri: 'urn:test:anrede', version: '2021-01-01' },
    staaten: { kind: 'genericode', uri: 'urn:test:staat' },
    ungenutzt: { kind: 'genericode', uri: 'urn:test:frei' },
  },
} as unknown as FormDefinition;

describe('embedCodeLists', () => {
  it('embeds the entries of a matching genericode file into a copy and reports each used list left without values', () => {
    const result = embedCodeLists(definition, [fixture('genericode-prefixed.xml')]);
    expect(result.definition.codeLists!['anreden']!.values!.map((value) => value.code)).toEqual(['01', '02']);
    expect(definition.codeLists!['anreden']!.values).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.code} ${d.severity} ${d.pointer}`)).toEqual(['code-list-unresolved error /codeLists/staaten']);
    expect(result.unresolved).toEqual(['staaten']);
  });

  it('reports every used list without values when no file is given, and leaves embedded values alone', () => {
    const embedded = structuredClone(definition);
    embedded.codeLists!['anreden'] = { kind: 'genericode', uri: 'urn:test:anrede', values: [{ code: 'x', label: { de: 'X' } }] };
    const result = embedCodeLists(embedded, [fixture('genericode-prefixed.xml')]);
    expect(result.definition.codeLists!['anreden']!.values!.map((value) => value.code)).toEqual(['x']);
    expect(embedCodeLists(definition, []).diagnostics.map((d) => d.pointer)).toEqual(['/codeLists/anreden', '/codeLists/staaten']);
  });

  it('reports a file that is no genericode list as a warning, not an exception', () => {
    const result = embedCodeLists(definition, ['<nicht/>', new Uint8Array([0xff, 0xfe, 0x00])]);
    expect(result.diagnostics.filter((d) => d.severity === 'warning').length).toBe(2);
  });
});

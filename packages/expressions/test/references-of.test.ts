import type { FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { indexDefinition } from '../src/index.js';
import { referencesOf } from '../src/compile.js';

describe('referencesOf', () => {
  it('reads the references of text by the grammar: keywords (xor too), calls and strings are none', () => {
    expect(referencesOf('a xor b.c and not isEmpty(self.F1) or d in ("e", \'f\') or wahr = null')).toEqual(['a', 'b.c', 'self.F1', 'd', 'wahr']);
  });

  it('reads the identifier nodes of a tree, never its string literals', () => {
    expect(referencesOf({ equal: [{ identifier: 'self.G1.F2' }, 'kein.verweis'] })).toEqual(['self.G1.F2']);
  });

  it('reads nothing from an expression that does not parse or is absent', () => {
    expect(referencesOf('a = (')).toEqual([]);
    expect(referencesOf(undefined)).toEqual([]);
  });
});

describe('the reference resolver (specs/rules.md §2.1)', () => {
  const field = (name: string, id?: string, originalId?: string) => ({
    name, label: { de: name }, control: 'input', type: 'text', ...(id ? { fim: { id, version: '1.0', ...(originalId ? { originalId } : {}) } } : {}),
  });
  const definition = {
    fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
    structure: [{ group: 'person' }, { group: 'firma', name: 'firma' }, { field: 'art' }],
    groups: {
      person: { fim: { id: 'G00000000001', version: '1.0' }, name: 'person', label: { de: 'P' }, children: [{ field: 'F2' }] },
      firma: { fim: { id: 'G00000000003', version: '1.0' }, name: 'firma', label: { de: 'F' }, children: [{ field: 'F2', name: 'kennung' }] },
    },
    fields: { F2: field('name', 'F00000000002', 'F000002'), art: field('art') },
  } as unknown as FormDefinition;
  const paths = (reference: string) => indexDefinition(definition, { cached: false }).resolve(reference).matches.map((node) => node.path.join('.'));

  it('resolves self.<FIM id> to every occurrence of that element, by id or by xdf2 original id', () => {
    expect(paths('self.F00000000002')).toEqual(['person.name', 'firma.kennung']);
    expect(paths('self.F000002')).toEqual(['person.name', 'firma.kennung']);
  });

  it('narrows self.G1.F2 to the F2 below that G1', () => {
    expect(paths('self.G00000000003.F00000000002')).toEqual(['firma.kennung']);
    expect(paths('self.G00000000009.F00000000002')).toEqual([]);
  });

  it('resolves an element key to all its occurrences, else a top-level technical name', () => {
    expect(paths('F2')).toEqual(['person.name', 'firma.kennung']);
    expect(paths('person')).toEqual(['person']);
    expect(paths('art')).toEqual(['art']);
    expect(paths('name')).toEqual([]);
  });

  it('resolves a dotted path of technical names', () => {
    expect(paths('firma.kennung')).toEqual(['firma.kennung']);
    expect(paths('firma.name')).toEqual([]);
  });
});

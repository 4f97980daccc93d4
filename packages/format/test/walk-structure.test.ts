import { describe, expect, it } from 'vitest';
import { MAX_STRUCTURE_DEPTH, walkStructure, type FormDefinition } from '@fimforms/format';

const text = (de: string) => ({ de });
const field = (name: string) => ({ name, label: text(name), control: 'input' as const, type: 'text' as const });

const definition: FormDefinition = {
  fimforms: '1.0',
  name: 'antrag',
  title: text('Antrag'),
  structure: [
    { group: 'person', name: 'antragsteller' },
    { group: 'person', name: 'vertreter', cardinality: '0:1' },
    { field: 'datum' },
  ],
  groups: { person: { name: 'person', label: text('Person'), children: [{ field: 'vorname' }, { field: 'vorname', name: 'rufname' }] } },
  fields: { vorname: field('vorname'), datum: field('datum') },
};

describe('walkStructure', () => {
  it('visits every occurrence of a reused group with its own path', () => {
    const paths = [...walkStructure(definition)].map((v) => v.path.join('.'));
    expect(paths).toEqual([
      'antragsteller',
      'antragsteller.vorname',
      'antragsteller.rufname',
      'vertreter',
      'vertreter.vorname',
      'vertreter.rufname',
      'datum',
    ]);
  });

  it('points at the occurrence object in the definition', () => {
    const pointers = [...walkStructure(definition)].map((v) => v.pointer);
    expect(pointers.slice(0, 3)).toEqual(['/structure/0', '/groups/person/children/0', '/groups/person/children/1']);
  });

  it('stops at a group that contains itself', () => {
    const cyclic: FormDefinition = {
      ...definition,
      structure: [{ group: 'a' }],
      groups: { a: { name: 'a', label: text('A'), children: [{ group: 'a', name: 'inner' }] } },
    };
    const visits = [...walkStructure(cyclic)];
    expect(visits.map((v) => [v.path.join('.'), v.cycle])).toEqual([
      ['a', false],
      ['a.inner', true],
    ]);
  });

  it('stops descending at the depth limit of a 10,000-level chain', () => {
    const groups: FormDefinition['groups'] = {};
    for (let i = 0; i < 10_000; i++) {
      groups[`g${i}`] = { name: `g${i}`, label: text('G'), children: [i < 9_999 ? { group: `g${i + 1}` } : { field: 'datum' }] };
    }
    const deep: FormDefinition = { ...definition, structure: [{ group: 'g0' }], groups };
    const visits = [...walkStructure(deep, { maxDepth: 100 })];
    expect(visits).toHaveLength(101);
    expect(visits.at(-1)?.truncated).toBe(true);
    expect(visits.filter((v) => v.truncated)).toHaveLength(1);
    expect([...walkStructure(deep)]).toHaveLength(MAX_STRUCTURE_DEPTH + 1);
  });

  it('does not resolve inherited keys such as constructor', () => {
    const tricky: FormDefinition = { ...definition, structure: [{ field: 'constructor' }] };
    const [visit] = [...walkStructure(tricky)];
    expect(visit?.target.element).toBeUndefined();
    expect(visit?.path).toEqual(['constructor']);
  });
});

import { walkStructure, type FormDefinition } from '@fimforms/format';
import { describe, expect, it } from 'vitest';
import { indexDefinition, MAX_NODES } from '../src/index.js';

const definition = {
  fimforms: '1.0', name: 'antrag', title: { de: 'Antrag' },
  structure: [{ field: 'name' }, { group: 'kind', cardinality: '0:*' }],
  groups: { kind: { name: 'kind', label: { de: 'Kind' }, children: [{ field: 'name' }, { group: 'kind', cardinality: '0:1' }] } },
  fields: { name: { name: 'name', label: { de: 'Name' }, control: 'input', type: 'text' } },
} as unknown as FormDefinition;

// The shape of a node without its links (parent/children form cycles; compared by index instead).
const shape = (nodes: ReturnType<typeof indexDefinition>['nodes']) =>
  nodes.map((n) => ({ index: n.index, path: n.path.join('.'), kind: n.kind, min: n.min, max: n.max, parent: n.parent?.index, children: n.children.map((c) => c.index) }));

describe('indexDefinition', () => {
  it('indexes a walk the caller already made exactly as its own walk', () => {
    const own = indexDefinition(definition, { cached: false });
    const walked = indexDefinition(definition, { cached: false, walked: { visits: [...walkStructure(definition)], truncated: false } });
    expect(shape(walked.nodes)).toEqual(shape(own.nodes));
    expect(walked.resolve('kind.name').node?.index).toBe(own.resolve('kind.name').node?.index);
    expect(walked.truncated).toBe(false);
  });

  it('keeps the caller\'s word that its walk stopped early', () => {
    const visits = [...walkStructure(definition)].slice(0, 2);
    const index = indexDefinition(definition, { cached: false, walked: { visits, truncated: true } });
    expect(index.nodes).toHaveLength(2);
    expect(index.truncated).toBe(true);
  });

  it('stops at MAX_NODES occurrences of a reuse bomb', () => {
    const bomb = {
      fimforms: '1.0', name: 'b', title: { de: 'B' },
      structure: [{ group: 'g0' }],
      groups: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`g${i}`, { name: `g${i}`, label: { de: 'G' }, children: i < 19 ? [{ group: `g${i + 1}` }, { group: `g${i + 1}`, name: 'b' }] : [{ field: 'f' }] }])),
      fields: { f: { name: 'f', label: { de: 'F' }, control: 'input', type: 'text' } },
    } as unknown as FormDefinition;
    const index = indexDefinition(bomb, { cached: false });
    expect(index.nodes.length).toBeLessThanOrEqual(MAX_NODES);
    expect(index.truncated).toBe(true);
  });
});

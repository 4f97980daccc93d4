import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { validateDefinition } from '../../src/index.js';

function patternFindings(pattern: string, maxLength?: number): string[] {
  const definition: FormDefinition = {
    fimforms: '1.0',
    name: 'muster',
    title: { de: 'Muster', en: 'Pattern' },
    structure: [{ field: 'wert' }],
    fields: {
      wert: {
        name: 'wert',
        label: { de: 'Wert', en: 'Value' },
        help: { de: 'Format wie angegeben', en: 'Format as given' },
        control: 'input',
        type: 'text',
        constraints: { pattern, ...(maxLength !== undefined ? { maxLength } : {}) },
      },
    },
  };
  return validateDefinition(definition)
    .diagnostics.filter((d) => d.pointer === '/fields/wert/constraints/pattern')
    .map((d) => `${d.code} ${d.severity}`);
}

// The validator reports the same verdict the runtime acts on (format.md §5.4): one check, not two.
describe('pattern rules', () => {
  it.each([
    ['(a+)+', undefined],
    ['(a*)*b', 50],
    ['(\\w+\\s?)+', undefined],
    ['(a|a)+', undefined],
    ['((ab)*)+', 50],
    ['(x+x+)+y', undefined],
    ['([0-9]+)*', undefined],
    ['((a|aa))+', undefined],
    ['a*a*a*a*a*a*a*b', 41],
    ['\\w*\\w*b', undefined],
  ])('warns about %s (maxLength %s)', (pattern, maxLength) => {
    expect(patternFindings(pattern, maxLength)).toEqual(['pattern-catastrophic-backtracking warning']);
  });

  it.each([
    ['[0-9]{5}', undefined],
    ['(\\d{1,3}\\.)+', undefined],
    ['([a-z]+-)*[a-z]+', 50],
    ['(a|b)*', undefined],
    ['a+b+', undefined],
    ['(ab)+', undefined],
    ['[\\(+*\\)]+', undefined],
    ['\\w*\\w*b', 40],
    ['[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{1,63}', 254],
  ])('accepts %s (maxLength %s)', (pattern, maxLength) => {
    expect(patternFindings(pattern, maxLength)).toEqual([]);
  });

  it('rejects a pattern too large for the linear-time matcher, and one only a backtracking engine could run', () => {
    expect(patternFindings('((a|b){1,100}){1,100}')).toEqual(['pattern-too-complex error']);
    expect(patternFindings('(?=x)(a+)+')).toEqual(['pattern-outside-xsd-subset error']);
  });

  it('reads the pattern with the v flag only', () => {
    // Valid with `u`, invalid with `v`: the importer escapes such class literals (xdatenfelder.md §5).
    expect(patternFindings('[a-z-]+')).toEqual(['invalid-pattern error']);
  });

  it('measures lengths on the same tree', () => {
    expect(patternFindings('test', 1)).toEqual(['pattern-length-conflict warning']);
    expect(patternFindings('😀[0-9]', 2)).toEqual([]);
  });
});

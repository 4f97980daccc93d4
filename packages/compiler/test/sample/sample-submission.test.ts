import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { patternExample } from '@fimforms/format/pattern';
import { smallDefinition } from '../support/small-definition.js';

describe('sample', () => {
  it('fills values inside their constraints', () => {
    const definition = smallDefinition({
      plz: { constraints: { pattern: '\\d{5}' } },
      kurz: { constraints: { minLength: 10, maxLength: 12 } },
      alter: { type: 'num_int', constraints: { minValue: '18', maxValue: '99' } },
      datum: { type: 'date', constraints: { minValue: '2030-01-01' } },
      fest: { control: 'hidden', content: { de: 'K-1' } },
      kinder: { cardinality: '2:5' },
    });
    expect(compile(definition).sample().submission).toEqual({
      plz: '11111',
      kurz: 'BeispielBe',
      alter: 18,
      datum: '2030-01-01',
      fest: 'K-1',
      kinder: ['Beispiel', 'Beispiel'],
    });
  });

  it('carries the fixed content of hidden and locked fields of every type (a fixed whole number was replaced by 1, a fixed Blob by AAAA)', () => {
    const definition = smallDefinition({
      anzahl: { control: 'hidden', type: 'num_int', content: { de: '3' } },
      betrag: { control: 'locked', type: 'num_currency', content: { de: '0.99' } },
      aktiv: { control: 'hidden', type: 'bool', content: { de: 'false' } },
      zeit: { control: 'hidden', type: 'time', content: { de: '09:30' } },
      blob: { control: 'locked', type: 'obj', content: { de: 'AAEC' } },
    });
    expect(compile(definition).sample().submission).toEqual({ anzahl: 3, betrag: '0.99', aktiv: false, zeit: '09:30', blob: 'AAEC' });
  });

  it('reports contradictory constraints', () => {
    const definition = smallDefinition({ a: { constraints: { pattern: 'test', maxLength: 1 } } });
    expect(compile(definition).sample().diagnostics.map((diagnostic) => diagnostic.code)).toContain('sample-constraints-unsatisfiable');
  });

  it('gives up on a minimum like 100000000:* at once, with a warning, instead of counting it out', () => {
    const definition = {
      fimforms: '1.0', name: 'viele', title: { de: 'Viele' },
      structure: [{ group: 'g', cardinality: '100000000:*' }],
      groups: { g: { name: 'g', label: { de: 'G' }, children: [{ field: 'x', cardinality: '100000:*' }] } },
      fields: { x: { name: 'x', label: { de: 'X' }, control: 'input', type: 'text' } },
    } as const;
    const result = compile(structuredClone(definition) as never).sample();
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.pointer}`)).toEqual(['sample-too-large /structure/0']);
    expect(result.submission).toEqual({});
  });

  it.each([
    ['[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9][0-9]{0,3}[EH]?'],
    ['[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,63}'],
    ['DE\\d{20}'],
    ['(?:ab|cd)+x?'],
    ['\\p{Lu}\\p{Ll}+'],
    ['((a|aa))+'],
    ['a*a*a*a*a*a*a*b'],
  ])('finds an example for %s', (pattern) => {
    const example = patternExample(pattern);
    expect(example).toBeDefined();
    expect(new RegExp(`^(?:${pattern})$`, 'v').test(example!)).toBe(true);
  });

  it('picks class members from the field repertoire', () => {
    // No character of the preferred list is a Greek capital: the first one of the repertoire is taken.
    expect(patternExample('\\p{Lu}{2}', 0, 'xml')).toMatch(/^\p{Lu}{2}$/u);
    expect(patternExample('[\\u0391-\\u03A9]', 0, 'xml')).toBe('Α');
    // DIN 91379 Datentyp C holds no Greek capital: there is no example.
    expect(patternExample('[\\u0391-\\u03A9]', 0, 'din-91379-c')).toBeUndefined();
  });
});

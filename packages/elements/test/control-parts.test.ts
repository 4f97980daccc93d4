import { describe, expect, it } from 'vitest';
import type { Field, FormDefinition } from '@fimforms/format';
import { enginePartsNeeded } from '@fimforms/runtime/on-demand';
import { controlParts, MAX_RADIO_CODES, selectWidget } from '../src/controls/control-parts.js';

// Which lazily loaded parts (src/lazy-parts.ts) a definition's controls use: what <fim-form> loads before showing it.

const codes = (count: number) => ({ kind: 'inline' as const, values: Array.from({ length: count }, (_, i) => ({ code: String(i), label: { de: `Eintrag ${i}` } })) });

function form(fields: Record<string, Partial<Field>>, codeLists: FormDefinition['codeLists'] = {}): FormDefinition {
  const full = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, { name, label: { de: name }, control: 'input', type: 'text', ...field } as Field]));
  return { fimforms: '1.0', name: 'f', title: { de: 'F' }, structure: Object.keys(fields).map((field) => ({ field })), fields: full, codeLists } as FormDefinition;
}

describe('control parts', () => {
  it('needs no part for text, number and short code lists', () => {
    expect([...controlParts(form({ a: {}, b: { type: 'num' }, d: { control: 'select', codeList: 'k' } }, { k: codes(MAX_RADIO_CODES) }))]).toEqual([]);
  });

  it('leaves the dates part to the engine, which names it for date, time and datetime fields of any control', () => {
    // The form's `dates` part carries the engine's dates part: create-engine.ts loads it before the form starts.
    for (const type of ['date', 'time', 'datetime'] as const) {
      for (const control of ['input', 'locked', 'hidden'] as const) {
        const definition = form({ d: { type, control } });
        expect(enginePartsNeeded(definition), `${type} ${control}`).toEqual(['dates']);
        expect([...controlParts(definition)], `${type} ${control}`).toEqual([]);
      }
    }
  });

  it('needs the combobox for a long list, or one asked for, but not for a dropdown or a list without entries', () => {
    expect([...controlParts(form({ s: { control: 'select', codeList: 'k' } }, { k: codes(MAX_RADIO_CODES + 1) }))]).toEqual(['combobox']);
    expect([...controlParts(form({ s: { control: 'select', codeList: 'k', ui: { widget: 'combobox' } } }, { k: codes(3) }))]).toEqual(['combobox']);
    expect([...controlParts(form({ s: { control: 'select', codeList: 'k', ui: { widget: 'dropdown' } } }, { k: codes(200) }))]).toEqual([]);
    expect([...controlParts(form({ s: { control: 'select', codeList: 'fehlt' } }))]).toEqual([]);
  });

  it('needs the file control for file and blob fields that can be answered, also inside groups', () => {
    expect([...controlParts(form({ f: { type: 'file' } }))]).toEqual(['files']);
    expect([...controlParts(form({ f: { type: 'obj' } }))]).toEqual(['files']);
    expect([...controlParts(form({ f: { type: 'file', control: 'locked' } }))]).toEqual([]);
    const grouped: FormDefinition = { ...form({ f: { type: 'file' } }), structure: [{ group: 'g' }], groups: { g: { name: 'g', label: { de: 'G' }, children: [{ field: 'f' }] } } };
    expect([...controlParts(grouped)]).toEqual(['files']);
  });

  it('chooses the select widget as the form renders it', () => {
    const definition = form({ s: { control: 'select', codeList: 'k' } }, { k: codes(3) });
    const field = definition.fields!['s']!;
    expect(selectWidget(definition, field, { field: 's' })).toBe('radio');
    expect(selectWidget(definition, field, { field: 's', ui: { widget: 'dropdown' } })).toBe('dropdown');
    expect(selectWidget(definition, { ...field, codeList: 'fehlt' }, { field: 's' })).toBe('text');
  });
});

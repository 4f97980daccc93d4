import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { mountForm, rootOf, settled } from './support/mount.js';

/** Nationalities (`1:3`, a repeating field) and children (`0:3`, a repeating group); values locked from `substantial`. */
function household(): FormDefinition {
  const text = (name: string, de: string) => ({ name, label: { de, en: de }, control: 'input', type: 'text', constraints: { maxLength: 60 }, prefill: { policy: 'optional' } });
  return {
    fimforms: '1.0',
    name: 'antrag',
    title: { de: 'Antrag' },
    prefill: { lockFrom: 'substantial' },
    structure: [{ field: 'staatsangehoerigkeit', cardinality: '1:3' }, { group: 'kinder', cardinality: '0:3' }],
    groups: { kinder: { name: 'kinder', label: { de: 'Kinder' }, children: [{ field: 'vorname' }] } },
    fields: { staatsangehoerigkeit: text('staatsangehoerigkeit', 'Staatsangehörigkeit'), vorname: text('vorname', 'Vorname') },
  } as unknown as FormDefinition;
}

/** The values of the locked label/value pairs whose label contains `label`, in document order. */
function lockedValues(root: ShadowRoot, label: string): string[] {
  return [...root.querySelectorAll('dl.locked')].filter((dl) => dl.querySelector('dt')?.textContent?.includes(label)).map((dl) => dl.querySelector('dd')?.textContent?.trim() ?? '');
}

describe('a prefill that names instances the form does not start with', () => {
  it('shows the instances it created: a second nationality and a second child, the first child to fill in', async () => {
    const form = await mountForm(household(), {
      lang: 'de',
      prefill: {
        'staatsangehoerigkeit.0': { value: '000', source: 'bundid:nationality', level: 'high' },
        'staatsangehoerigkeit.1': { value: '163', source: 'bundid:nationality', level: 'high' },
        'kinder.1.vorname': { value: 'Lena', source: 'register:melderegister', level: 'high' },
      },
    });
    await settled(form);
    const root = rootOf(form);
    expect(lockedValues(root, 'Staatsangehörigkeit')).toEqual(['000', '163']);
    expect(lockedValues(root, 'Vorname')).toEqual(['Lena']);
    // The first child, created empty before the prefilled one, is an input; the locked one has none.
    expect(root.querySelector<HTMLInputElement>('input[data-path="kinder.0.vorname"]')?.value).toBe('');
    expect(root.querySelector('input[data-path="kinder.1.vorname"]')).toBeNull();
    // Room for a third nationality and a third child.
    expect(root.querySelector('button[data-add="staatsangehoerigkeit"]')).not.toBeNull();
    expect(root.querySelector('button[data-add="kinder"]')).not.toBeNull();
    expect(form.engine!.toSubmission()).toEqual({ staatsangehoerigkeit: ['000', '163'], kinder: [{}, { vorname: 'Lena' }] });
    // No remove button that would do nothing: not for a locked instance, nor for the child before one.
    expect(root.querySelectorAll('button[data-remove]')).toHaveLength(0);
    root.querySelector<HTMLButtonElement>('button[data-add="kinder"]')!.click();
    await settled(form);
    expect([...root.querySelectorAll<HTMLButtonElement>('button[data-remove]')].map((b) => `${b.dataset['remove']} ${b.dataset['index']}`)).toEqual(['kinder 2']);
  });

  it('shows a value beyond the maximum nowhere', async () => {
    const prefill = Object.fromEntries(['000', '163', '056', '121'].map((value, i) => [`staatsangehoerigkeit.${i}`, { value, source: 'bundid:nationality', level: 'high' as const }]));
    const form = await mountForm(household(), { lang: 'de', prefill });
    await settled(form);
    expect(lockedValues(rootOf(form), 'Staatsangehörigkeit')).toEqual(['000', '163', '056']);
    expect(rootOf(form).querySelector('button[data-add="staatsangehoerigkeit"]')).toBeNull();
    expect(form.engine!.diagnostics.map((d) => `${d.code} ${d.pointer}`)).toEqual(['prefill-beyond-maximum /staatsangehoerigkeit/3']);
  });
});

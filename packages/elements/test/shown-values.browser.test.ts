import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@fimforms/format';
import type { FimForm } from '../src/fim-form.js';
import { mountForm, settled } from './support/mount.js';

const codes = { kind: 'inline', values: [{ code: '01', label: { de: 'Eins' } }, { code: '02', label: { de: 'Zwei' } }, { code: '03', label: { de: 'Drei' } }] };

/** Two pages whose fields sit at the same places, so Lit could reuse page 1's elements for page 2. */
function twoPages(): FormDefinition {
  const field = (name: string, extra: Record<string, unknown>) => ({ name, label: { de: name }, control: 'input', type: 'text', ...extra });
  return {
    fimforms: '1.0',
    name: 'seiten',
    title: { de: 'Seiten' },
    structure: ['a_text', 'a_check', 'a_radio', 'a_drop', 'b_datum', 'b_check', 'b_radio', 'b_drop', 'b_vorname'].map((name) => ({ field: name, cardinality: '0:1' })),
    fields: {
      a_text: field('a_text', {}),
      a_check: field('a_check', { type: 'bool', ui: { widget: 'checkbox' } }),
      a_radio: field('a_radio', { control: 'select', codeList: 'zahlen' }),
      a_drop: field('a_drop', { control: 'select', codeList: 'zahlen', ui: { widget: 'dropdown' } }),
      b_datum: field('b_datum', { type: 'date' }),
      b_check: field('b_check', { type: 'bool', ui: { widget: 'checkbox' } }),
      b_radio: field('b_radio', { control: 'select', codeList: 'zahlen' }),
      b_drop: field('b_drop', { control: 'select', codeList: 'zahlen', ui: { widget: 'dropdown' } }),
      b_vorname: field('b_vorname', { prefill: { policy: 'optional', sources: ['bundid:givenName'] } }),
    },
    codeLists: { zahlen: codes },
    pages: [
      { name: 'eins', title: { de: 'Eins' }, items: ['a_text', 'a_check', 'a_radio', 'a_drop'] },
      { name: 'zwei', title: { de: 'Zwei' }, items: ['b_datum', 'b_check', 'b_radio', 'b_drop', 'b_vorname'] },
    ],
  } as unknown as FormDefinition;
}

const root = (form: FimForm) => form.shadowRoot!;

async function press(form: FimForm, element: HTMLElement, keys = '{Enter}'): Promise<void> {
  element.focus();
  await userEvent.keyboard(keys);
  await settled(form);
}

/** What each control on screen shows, by the path it stands for. */
function shown(form: FimForm): Record<string, string | boolean> {
  const result: Record<string, string | boolean> = {};
  for (const control of root(form).querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[data-path], select[data-path]')) {
    const path = control.dataset['path']!;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') result[path] = control.checked;
    else if (control instanceof HTMLInputElement && control.type === 'radio') {
      if (control.checked) result[path] = control.value;
      else result[path] ??= '';
    } else result[path] = control.value;
  }
  return result;
}

describe('the DOM shows the engine\'s value, never a reused element\'s', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));

  it('after a page change, every control on page 2 shows its own (empty or prefilled) value', async () => {
    const form = await mountForm(twoPages(), { lang: 'de', prefill: { b_vorname: { value: 'Erika', source: 'bundid:givenName' } } as never });
    await settled(form);
    await press(form, root(form).getElementById('f-a_text')!, 'Mustermann');
    await press(form, root(form).getElementById('f-a_check')!, ' ');
    await press(form, root(form).getElementById('f-a_radio')!, ' ');
    const select = root(form).getElementById('f-a_drop') as HTMLSelectElement;
    select.value = '03';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled(form);
    expect(shown(form)).toEqual({ a_text: 'Mustermann', a_check: true, a_radio: '01', a_drop: '03' });
    expect(form.engine.getValue('a_drop')).toBe('03');
    await press(form, root(form).querySelector<HTMLButtonElement>('button[type=submit]')!);
    expect(form.engine.currentPage).toBe(1);
    expect(shown(form)).toEqual({ b_datum: '', b_check: false, b_radio: '', b_drop: '', b_vorname: form.engine.getValue('b_vorname') ?? '' });
    // Typing the date gives the date alone, not page 1's text with the date appended.
    await press(form, root(form).getElementById('f-b_datum')!, '01.02.1990');
    expect((root(form).getElementById('f-b_datum') as HTMLInputElement).value).toBe('01.02.1990');
    expect(form.engine.getValue('b_datum')).toBe('1990-02-01');
    // And back: page 1 shows its answers again.
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-nav="back"]')!);
    expect(shown(form)).toEqual({ a_text: 'Mustermann', a_check: true, a_radio: '01', a_drop: '03' });
  });

  it('removing a repeat instance in the middle: the following instances show their own values, not shifted ones', async () => {
    const definition = {
      fimforms: '1.0', name: 'wiederholt', title: { de: 'Wiederholt' },
      structure: [{ field: 'telefon', cardinality: '0:4' }, { group: 'kind', name: 'kinder', cardinality: '0:4' }],
      fields: {
        telefon: { name: 'telefon', label: { de: 'Telefon' }, control: 'input', type: 'text' },
        vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text' },
        geimpft: { name: 'geimpft', label: { de: 'geimpft' }, control: 'input', type: 'bool', ui: { widget: 'checkbox' } },
      },
      groups: { kind: { name: 'kind', label: { de: 'Kind' }, children: [{ field: 'vorname' }, { field: 'geimpft', cardinality: '0:1' }] } },
    } as unknown as FormDefinition;
    const form = await mountForm(definition, { lang: 'de' });
    await settled(form);
    for (const [index, text] of ['111', '222', '333'].entries()) {
      await press(form, root(form).querySelector<HTMLButtonElement>('[data-add="telefon"]')!);
      await press(form, root(form).getElementById(`f-telefon.${index}`)!, text);
      await press(form, root(form).querySelector<HTMLButtonElement>('[data-add="kinder"]')!);
      await press(form, root(form).getElementById(`f-kinder.${index}.vorname`)!, `Kind${text}`);
      if (index === 1) await press(form, root(form).getElementById(`f-kinder.${index}.geimpft`)!, ' ');
    }
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-remove="telefon"][data-index="1"]')!);
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-remove="kinder"][data-index="0"]')!);
    expect([form.engine.getValue('telefon.0'), form.engine.getValue('telefon.1')]).toEqual(['111', '333']);
    expect(shown(form)).toEqual({
      'telefon.0': '111', 'telefon.1': '333',
      'kinder.0.vorname': 'Kind222', 'kinder.0.geimpft': true,
      'kinder.1.vorname': 'Kind333', 'kinder.1.geimpft': false,
    });
  });
});

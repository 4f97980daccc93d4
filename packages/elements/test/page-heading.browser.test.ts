import { beforeEach, describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import type { FimForm } from '../src/fim-form.js';
import { accessibilityTree, axNode } from './support/ax-tree.js';
import { axeViolations } from './support/axe.js';
import { mountForm, settled } from './support/mount.js';

/** Page 1's title reads like its first group's label; page 2's title differs from its group's. */
function headedForm(): FormDefinition {
  return {
    fimforms: '1.0',
    name: 'infostand',
    title: { de: 'Infostand anmelden', en: 'Register an information stand' },
    structure: [{ group: 'person' }, { group: 'ort' }],
    fields: {
      name: { name: 'name', label: { de: 'Name', en: 'Name' }, control: 'input', type: 'text' },
      strasse: { name: 'strasse', label: { de: 'Straße', en: 'Street' }, control: 'input', type: 'text' },
    },
    groups: {
      person: { name: 'person', label: { de: 'Anmeldende  Person', en: 'Registering person' }, children: [{ field: 'name' }] },
      ort: { name: 'ort', label: { de: 'Ort des Standes', en: 'Place of the stand' }, children: [{ field: 'strasse' }] },
    },
    pages: [
      { name: 'anmeldende', title: { de: 'Anmeldende Person', en: 'Registering person' }, items: ['person'] },
      { name: 'termin', title: { de: 'Termin und Ort', en: 'Date and place' }, items: ['ort'] },
    ],
  } as unknown as FormDefinition;
}

const root = (form: FimForm) => form.shadowRoot!;

/** Seen on screen: laid out larger than the 1 px box of a visually hidden element. */
function seen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

/** The elements on screen whose own text is exactly `text`. */
function seenWithText(form: FimForm, text: string): Element[] {
  return [...root(form).querySelectorAll('h2, h3, legend, label, p')].filter((element) => element.textContent!.replace(/\s+/g, ' ').trim() === text && seen(element));
}

describe('a page heading that repeats the first group’s label', () => {
  let form: FimForm;
  beforeEach(async () => {
    history.replaceState(null, '', location.pathname);
    form = await mountForm(headedForm(), { lang: 'de' });
    await settled(form);
  });

  it('is shown once: the legend stays as the fieldset’s accessible name but is hidden visually', async () => {
    const legend = root(form).querySelector('#g-person > legend')!;
    expect(legend.textContent!.replace(/\s+/g, ' ')).toBe('Anmeldende Person');
    expect(seen(legend)).toBe(false);
    expect(seen(root(form).querySelector('#page-title')!)).toBe(true);
    expect(seenWithText(form, 'Anmeldende Person').map((element) => element.tagName)).toEqual(['H3']);
    const tree = await accessibilityTree();
    axNode(tree, 'heading', 'Anmeldende Person');
    axNode(tree, 'group', 'Anmeldende Person');
    axNode(tree, 'textbox', 'Name (Pflichtangabe)');
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps a legend that says something else visible', async () => {
    form.engine.setValue('person.name', 'Erika');
    root(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settled(form);
    expect(root(form).querySelector('#page-title')!.textContent).toBe('Termin und Ort');
    const legend = root(form).querySelector('#g-ort > legend')!;
    expect(seen(legend)).toBe(true);
    axNode(await accessibilityTree(), 'group', 'Ort des Standes');
  });

  it('the review names a page once: no section heading under a page heading that reads the same', async () => {
    form.engine.setValue('person.name', 'Erika');
    form.engine.setValue('ort.strasse', 'Am Markt 1');
    for (const _ of [1, 2]) {
      root(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await settled(form);
    }
    expect(root(form).querySelector('.review')).not.toBeNull();
    const headings = [...root(form).querySelectorAll('.review h4, .review [role=heading]')].map((element) => element.textContent!.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual(['Anmeldende Person', 'Termin und Ort', 'Ort des Standes']);
    expect(await axeViolations()).toEqual([]);
  });

  it('on a one-page form without page heading, compares with the form title', async () => {
    const onePage = { ...headedForm(), title: { de: 'Anmeldende Person', en: 'Registering person' }, pages: undefined } as unknown as FormDefinition;
    form = await mountForm(onePage, { lang: 'de', attributes: { 'no-review': '' } });
    await settled(form);
    expect(root(form).querySelector('#page-title')).toBeNull();
    expect(seen(root(form).querySelector('#g-person > legend')!)).toBe(false);
    expect(seenWithText(form, 'Anmeldende Person').map((element) => element.tagName)).toEqual(['H2']);
    expect(seen(root(form).querySelector('#g-ort > legend')!)).toBe(true);
    axNode(await accessibilityTree(), 'group', 'Anmeldende Person');
  });

  it('compares in the citizen’s language: the English heading and legend are shown once too', async () => {
    form = await mountForm(headedForm(), { lang: 'en' });
    await settled(form);
    expect(seen(root(form).querySelector('#g-person > legend')!)).toBe(false);
    expect(seenWithText(form, 'Registering person').map((element) => element.tagName)).toEqual(['H3']);
    axNode(await accessibilityTree(), 'group', 'Registering person');
  });
});

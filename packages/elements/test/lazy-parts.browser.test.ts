import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import type { CSSResult } from 'lit';
import '../src/define.js';
import type { FimForm } from '../src/fim-form.js';
import { loadedPart } from '../src/lazy-parts.js';
import { answerStyles } from '../src/theme/answer-styles.js';
import { comboboxStyles } from '../src/theme/combobox-styles.js';
import { draftStyles } from '../src/theme/draft-styles.js';
import { fileControlStyles } from '../src/theme/file-control-styles.js';
import { allTypes } from './support/all-types.js';
import { mountForm, settled } from './support/mount.js';

// The parts of <fim-form> loaded by dynamic import() (src/lazy-parts.ts). The tests run in order: the module
// remembers what it has loaded, so the first test sees a fresh page.

const simple: FormDefinition = {
  fimforms: '1.0', name: 'kurz', title: { de: 'Kurzantrag', en: 'Short application' },
  structure: [{ field: 'name' }],
  fields: { name: { name: 'name', label: { de: 'Name', en: 'Name' }, control: 'input', type: 'text' } },
};

/**
 * Whether a part's style sheet was in the form's shadow root when an element of the part first appeared there: the
 * observer runs right after the DOM change, before anything later could add the sheet.
 */
function styledWhenShown(form: HTMLElement, selector: string, styles: CSSResult): Promise<boolean> {
  const root = form.shadowRoot!;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector(selector)) return;
      observer.disconnect();
      resolve(root.adoptedStyleSheets.includes(styles.styleSheet!));
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

describe('lazily loaded parts of <fim-form>', () => {
  it('loads none of them for a German form without long lists, files or drafts, until its last page', async () => {
    history.replaceState(null, '', location.pathname);
    const twoPages: FormDefinition = {
      ...simple, structure: [...simple.structure, { field: 'ort' }],
      fields: { ...simple.fields, ort: { name: 'ort', label: { de: 'Ort' }, control: 'input', type: 'text' } },
      pages: [{ name: 'eins', title: { de: 'Eins' }, items: ['name'] }, { name: 'zwei', title: { de: 'Zwei' }, items: ['ort'] }],
    };
    const form = await mountForm(twoPages, { lang: 'de' });
    expect(form.shadowRoot!.querySelector('form')).not.toBeNull();
    for (const part of ['answers', 'combobox', 'files', 'drafts', 'english', 'dates', 'latin'] as const) expect(loadedPart(part), part).toBeUndefined();
    // On the last page, the review's part is fetched ahead: it is there when "continue" is pressed.
    form.engine.setValue('name', 'Erika');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settled(form);
    expect(form.engine.currentPage).toBe(1);
    expect(loadedPart('answers')).toBeDefined();
  });

  it('shows a form with dates only once its dates part is there: dates typed, shown and refused in German, a locked one as text', async () => {
    history.replaceState(null, '', location.pathname);
    const dates: FormDefinition = {
      ...simple, structure: [{ field: 'geburtstag' }, { field: 'termin' }, { field: 'stichtag' }],
      fields: {
        geburtstag: { name: 'geburtstag', label: { de: 'Geburtstag' }, control: 'input', type: 'date' },
        termin: { name: 'termin', label: { de: 'Termin' }, control: 'input', type: 'datetime' },
        stichtag: { name: 'stichtag', label: { de: 'Stichtag' }, control: 'locked', type: 'date', content: { de: '2024-12-31' } },
      },
    };
    expect(loadedPart('dates')).toBeUndefined();
    const form = await mountForm(dates, { lang: 'de', attributes: { 'no-review': '' } });
    expect(loadedPart('dates')).toBeDefined();
    const root = form.shadowRoot!;
    expect(root.querySelector('dd.value')!.textContent).toBe('31.12.2024');
    const [birthday, appointment] = [...root.querySelectorAll<HTMLInputElement>('input.input')];
    const type = async (input: HTMLInputElement, text: string) => {
      input.focus();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.blur();
      await settled(form);
    };
    await type(birthday!, '1.2.1985');
    await type(appointment!, '31.12.2024 14:30');
    expect(form.engine.getValue('geburtstag')).toBe('1985-02-01');
    expect(form.engine.getValue('termin')).toBe('2024-12-31T14:30:00+01:00');
    expect(birthday!.value).toBe('01.02.1985');
    await type(birthday!, '31.02.2024');
    expect(root.querySelector('.error')!.textContent).toContain('Diesen Tag gibt es im Kalender nicht.');
    // The engine checks dates with its dates part, which came with the form's (specs/runtime.md §6).
    expect(form.engine.diagnostics.filter((d) => d.code === 'engine-part-missing')).toEqual([]);
    form.engine.setValue('termin', '2024-12-31T25:00');
    expect(form.engine.get('termin')!.errors.map((d) => d.code)).toEqual(['value-invalid-type']);
  });

  it('loads the DIN 91379 repertoire for a form with text_latin only, and the engine checks it', async () => {
    history.replaceState(null, '', location.pathname);
    const latin: FormDefinition = {
      ...simple, structure: [{ field: 'vorname' }],
      fields: { vorname: { name: 'vorname', label: { de: 'Vorname' }, control: 'input', type: 'text_latin' } },
    };
    expect(loadedPart('latin')).toBeUndefined();
    const form = await mountForm(latin, { lang: 'de', attributes: { 'no-review': '' } });
    expect(loadedPart('latin')).toBeDefined();
    expect(form.engine.diagnostics).toEqual([]);
    form.engine.setValue('vorname', 'Zoë Ŀuçić');
    expect(form.engine.get('vorname')!.errors).toEqual([]);
    form.engine.setValue('vorname', 'Жуков');
    expect(form.engine.get('vorname')!.errors.map((d) => d.code)).toEqual(['value-invalid-characters']);
  });

  it('shows a form only once the lazily loaded controls it uses are there: no combobox or file control appears late', async () => {
    history.replaceState(null, '', location.pathname);
    document.body.replaceChildren();
    const element = document.createElement('fim-form');
    element.setAttribute('lang', 'de');
    document.body.append(element);
    // What had arrived when the form first appeared (a long page may still render its lower part later).
    let atFirstShow: string[] | undefined;
    const observer = new MutationObserver(() => {
      if (atFirstShow || !element.shadowRoot!.querySelector('form')) return;
      atFirstShow = (['combobox', 'files', 'dates'] as const).filter((part) => loadedPart(part) !== undefined);
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    const comboboxStyled = styledWhenShown(element, '.combobox', comboboxStyles);
    const fileStyled = styledWhenShown(element, 'input.file', fileControlStyles);
    element.definition = allTypes();
    await settled(element);
    observer.disconnect();
    expect(atFirstShow).toEqual(['combobox', 'files', 'dates']);
    // Their rules came with them (src/theme/part-styles.ts), in the update that first showed them.
    expect(await comboboxStyled).toBe(true);
    expect(await fileStyled).toBe(true);
    expect(element.shadowRoot!.adoptedStyleSheets.filter((sheet) => sheet === comboboxStyles.styleSheet)).toHaveLength(1);
    expect(element.shadowRoot!.querySelector('input[role="combobox"]')).not.toBeNull();
    expect(element.shadowRoot!.querySelector('input[type="file"]')).not.toBeNull();
  });

  it('shows a form in English only once its texts have arrived', async () => {
    history.replaceState(null, '', location.pathname);
    const form: FimForm = await mountForm(simple, { lang: 'en', attributes: { 'no-review': '' } });
    expect(form.shadowRoot!.querySelector('button[type="submit"]')!.textContent!.trim()).toBe('Submit');
    expect(form.shadowRoot!.querySelector('form')!.getAttribute('lang')).toBe('en');
    expect(loadedPart('english')).toBeDefined();
  });

  it('loads the answer list for the review step before showing it', async () => {
    history.replaceState(null, '', location.pathname);
    const form = await mountForm(simple, { lang: 'de' });
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    input.value = 'Erika';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const reviewStyled = styledWhenShown(form, '.review', answerStyles);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settled(form);
    expect(form.shadowRoot!.querySelector('.review dd')?.textContent).toBe('Erika');
    expect(loadedPart('answers')).toBeDefined();
    expect(await reviewStyled).toBe(true);
    expect(getComputedStyle(form.shadowRoot!.querySelector('.answer')!).display).toBe('grid');
  });

  it('shows the drafts panel with its styles from the first frame', async () => {
    history.replaceState(null, '', location.pathname);
    localStorage.clear();
    document.body.replaceChildren();
    const element = document.createElement('fim-form');
    element.setAttribute('lang', 'de');
    element.setAttribute('drafts', '');
    document.body.append(element);
    const draftStyled = styledWhenShown(element, '.draft', draftStyles);
    element.definition = simple;
    await settled(element);
    expect(await draftStyled).toBe(true);
    expect(getComputedStyle(element.shadowRoot!.querySelector('.draft-actions')!).display).toBe('flex');
  });
});

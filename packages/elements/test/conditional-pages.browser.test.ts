import type { FormDefinition } from '@fimforms/format';
import { userEvent } from 'vitest/browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FimForm } from '../src/fim-form.js';
import { axeViolations } from './support/axe.js';
import { mountForm, settled } from './support/mount.js';

/** Three pages; page 2 holds only a field shown when the page-1 answer is "ja" (specs/runtime.md §4.7). */
function conditionalPages(): FormDefinition {
  return {
    fimforms: '1.0',
    name: 'bedingte_seiten',
    title: { de: 'Bedingte Seiten' },
    structure: [
      { field: 'verein', cardinality: '1:1' },
      { field: 'vereinsname', cardinality: '0:1' },
      { field: 'bemerkung', cardinality: '0:1' },
    ],
    fields: {
      verein: { name: 'verein', label: { de: 'Melden Sie für einen Verein an?' }, control: 'select', type: 'text', codeList: 'janein', ui: { widget: 'radio' } },
      vereinsname: { name: 'vereinsname', label: { de: 'Name des Vereins' }, control: 'input', type: 'text', rules: ['vereinsseite'] },
      bemerkung: { name: 'bemerkung', label: { de: 'Bemerkung' }, control: 'input', type: 'text' },
    },
    codeLists: { janein: { kind: 'inline', values: [{ code: 'ja', label: { de: 'Ja' } }, { code: 'nein', label: { de: 'Nein' } }] } },
    rules: {
      vereinsseite: {
        type: 'K',
        description: { de: 'Die Vereinsseite erscheint nur für Vereine.' },
        effects: [{ effect: 'show', target: 'vereinsname', when: "verein = 'ja'" }],
      },
    },
    pages: [
      { name: 'start', title: { de: 'Start' }, items: ['verein'] },
      { name: 'verein', title: { de: 'Verein' }, items: ['vereinsname'] },
      { name: 'abschluss', title: { de: 'Abschluss' }, items: ['bemerkung'] },
    ],
  } as unknown as FormDefinition;
}

const root = (form: FimForm) => form.shadowRoot!;
const stepCount = (form: FimForm) => root(form).querySelector('.step-count')?.textContent?.trim();
const steps = (form: FimForm) => [...root(form).querySelectorAll('.steps li')].map((item) => item.textContent?.trim());
const pageTitle = (form: FimForm) => root(form).querySelector('#page-title')?.textContent?.trim();
const primaryButton = (form: FimForm) => root(form).querySelector<HTMLButtonElement>('button[type=submit]')!;

async function answer(form: FimForm, code: 'ja' | 'nein'): Promise<void> {
  await userEvent.click(root(form).querySelector<HTMLInputElement>(`input[type=radio][value=${code}]`)!);
  await settled(form);
}

async function next(form: FimForm): Promise<void> {
  await userEvent.click(primaryButton(form));
  await settled(form);
}

const mountPages = (review = false) => mountForm(conditionalPages(), { lang: 'de', ...(review ? {} : { attributes: { 'no-review': '' } }) });

describe('<fim-form> skips pages on which nothing is shown (specs/rendering.md §7)', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));

  it('with "nein" the indicator counts two pages and Next goes to page 3', async () => {
    const form = await mountPages();
    await answer(form, 'nein');
    expect(stepCount(form)).toBe('Schritt 1 von 2');
    expect(steps(form)).toEqual(['Start', 'Abschluss']);
    expect(primaryButton(form).textContent?.trim()).toBe('Weiter');
    expect(await axeViolations()).toEqual([]);

    await next(form);
    expect(pageTitle(form)).toBe('Abschluss');
    expect(form.engine.currentPage).toBe(2);
    expect(stepCount(form)).toBe('Schritt 2 von 2');
    expect(new URL(location.href).searchParams.get('fim-page')).toBe('abschluss');
    // No visible page follows: the last-step button submits.
    expect(primaryButton(form).textContent?.trim()).toBe('Absenden');
    expect(await axeViolations()).toEqual([]);

    // Back skips the hidden page too.
    await userEvent.click(root(form).querySelector<HTMLButtonElement>('button[data-nav=back]')!);
    await settled(form);
    expect(pageTitle(form)).toBe('Start');
  });

  it('with "ja" the indicator counts three pages and Next goes to page 2', async () => {
    const form = await mountPages();
    await answer(form, 'ja');
    expect(stepCount(form)).toBe('Schritt 1 von 3');
    expect(steps(form)).toEqual(['Start', 'Verein', 'Abschluss']);
    expect(await axeViolations()).toEqual([]);

    await next(form);
    expect(pageTitle(form)).toBe('Verein');
    expect(form.engine.currentPage).toBe(1);
    expect(stepCount(form)).toBe('Schritt 2 von 3');
    expect(root(form).querySelector('input[data-path=vereinsname]')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('updates the indicator when the answer changes on page 1', async () => {
    const form = await mountPages();
    await answer(form, 'ja');
    expect(stepCount(form)).toBe('Schritt 1 von 3');
    await answer(form, 'nein');
    expect(stepCount(form)).toBe('Schritt 1 von 2');
    expect(steps(form)).toEqual(['Start', 'Abschluss']);
  });

  it('counts the review step with visible pages and reviews only answers of visible pages', async () => {
    const form = await mountPages(true);
    await answer(form, 'ja');
    await next(form);
    await userEvent.type(root(form).querySelector<HTMLInputElement>('input[data-path=vereinsname]')!, 'Sportverein');
    await settled(form);
    // Back to page 1, answer "nein": the Verein page (and its answer) drop out.
    await userEvent.click(root(form).querySelector<HTMLButtonElement>('button[data-nav=back]')!);
    await settled(form);
    await answer(form, 'nein');
    expect(stepCount(form)).toBe('Schritt 1 von 3');
    expect(steps(form)).toEqual(['Start', 'Abschluss', 'Angaben prüfen']);
    await next(form);
    expect(pageTitle(form)).toBe('Abschluss');
    expect(primaryButton(form).textContent?.trim()).toBe('Weiter zur Prüfung');
    await next(form);
    expect(pageTitle(form)).toBe('Angaben prüfen');
    expect(stepCount(form)).toBe('Schritt 3 von 3');
    const review = root(form).querySelector('.review')!;
    expect([...review.querySelectorAll('h4')].map((heading) => heading.textContent?.trim())).toEqual(['Start', 'Abschluss']);
    expect(review.textContent).not.toContain('Sportverein');
    expect(await axeViolations()).toEqual([]);
  });

  it('never lands on a hidden page from the URL: it falls back to the nearest visible earlier page', async () => {
    history.replaceState(null, '', `${location.pathname}?fim-page=verein`);
    const form = await mountPages();
    expect(form.engine.currentPage).toBe(0);
    expect(pageTitle(form)).toBe('Start');
    expect(stepCount(form)).toBe('Schritt 1 von 2');
  });
});

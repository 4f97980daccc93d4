import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@fimforms/format';
import { mountForm, settled } from './support/mount.js';

const definition = {
  fimforms: '1.0', name: 'sprache', title: { de: 'Antrag', en: 'Application' },
  structure: [{ field: 'name' }],
  fields: { name: { name: 'name', label: { de: 'Name', en: 'Name' }, control: 'input', type: 'text', required: true } },
} as unknown as FormDefinition;

const submitText = (form: HTMLElement) => form.shadowRoot!.querySelector('button[type=submit]')!.textContent!.trim();

describe('<fim-form> follows its lang attribute after it is shown', () => {
  it('switches the UI texts between German and English, loading English on first need', async () => {
    const form = await mountForm(definition, { lang: 'de' });
    await settled(form);
    expect(submitText(form)).toBe('Weiter zur Prüfung');
    form.setAttribute('lang', 'en');
    await settled(form);
    expect(submitText(form)).toBe('Continue to check your answers');
    expect(form.shadowRoot!.textContent).toContain('Application');
    form.lang = 'de';
    await settled(form);
    expect(submitText(form)).toBe('Weiter zur Prüfung');
  });
});

describe('<fim-form> shows the texts of its parts in its language', () => {
  it('the format hints of date, time and datetime inputs (from the dates part) follow the lang attribute', async () => {
    const dates = {
      fimforms: '1.0', name: 'termine', title: { de: 'Termine', en: 'Dates' },
      structure: [{ field: 'tag' }, { field: 'uhrzeit' }, { field: 'beginn' }],
      fields: {
        tag: { name: 'tag', label: { de: 'Tag', en: 'Day' }, control: 'input', type: 'date' },
        uhrzeit: { name: 'uhrzeit', label: { de: 'Uhrzeit', en: 'Time' }, control: 'input', type: 'time' },
        beginn: { name: 'beginn', label: { de: 'Beginn', en: 'Start' }, control: 'input', type: 'datetime' },
      },
    } as unknown as FormDefinition;
    const hints = (form: HTMLElement) => ['tag', 'uhrzeit', 'beginn'].map((path) => form.shadowRoot!.getElementById(`f-${path}`)!.getAttribute('aria-describedby')!.split(' ').map((id) => form.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' '));
    const form = await mountForm(dates, { lang: 'de' });
    await settled(form);
    expect(hints(form)).toEqual(['Format: TT.MM.JJJJ, zum Beispiel 31.12.1980', 'Format: hh:mm, zum Beispiel 08:30', 'Format: TT.MM.JJJJ hh:mm, zum Beispiel 31.12.2024 14:30']);
    form.setAttribute('lang', 'en');
    await settled(form);
    expect(hints(form)).toEqual(['Format: DD.MM.YYYY, for example 31.12.1980', 'Format: hh:mm, for example 08:30', 'Format: DD.MM.YYYY hh:mm, for example 31.12.2024 14:30']);
  });
});

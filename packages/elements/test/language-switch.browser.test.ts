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

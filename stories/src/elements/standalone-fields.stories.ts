import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define-elements.js';

interface Args {
  lang: 'de' | 'en';
  required: boolean;
  disabled: boolean;
  value: string;
  label: string;
}

/**
 * The standalone, form-associated field elements inside a CMS's own plain `<form>`: every
 * element in each state (empty, filled, error after a blocked submit, disabled, long texts, English).
 */
const meta: Meta<Args> = {
  title: 'Elements/Standalone fields',
  parameters: { layout: 'padded' },
  args: { lang: 'de', required: true, disabled: false, value: '', label: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['de', 'en'] },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    value: { control: 'text', description: 'Wert des Textfelds / value of the text field' },
    label: { control: 'text', description: 'Beschriftung des Textfelds (leer: Vorname) / label of the text field' },
  },
  render: ({ lang, required, disabled, value, label }) => html`
    <form lang=${lang} class="host-form" @submit=${(event: Event) => event.preventDefault()}>
      <fim-text-field name="vorname" label=${label || (lang === 'en' ? 'Given name' : 'Vorname')} hint=${lang === 'en' ? 'As in your ID card.' : 'Wie im Ausweis.'} ?required=${required} ?disabled=${disabled} .value=${value} maxlength="120" autocomplete="given-name"></fim-text-field>
      <fim-number-field name="anzahl" label=${lang === 'en' ? 'Number of dogs' : 'Anzahl der Hunde'} ?disabled=${disabled} min="1" max="20"></fim-number-field>
      <fim-date-field name="geburtsdatum" label=${lang === 'en' ? 'Date of birth' : 'Geburtsdatum'} ?required=${required} ?disabled=${disabled}></fim-date-field>
      <fim-time-field name="beginn" label=${lang === 'en' ? 'Start' : 'Beginn'} ?disabled=${disabled}></fim-time-field>
      <fim-datetime-field name="termin" label=${lang === 'en' ? 'Appointment' : 'Termin'} ?disabled=${disabled}></fim-datetime-field>
      <fim-select-field name="farbe" label=${lang === 'en' ? 'Colour' : 'Farbe'} ?required=${required} ?disabled=${disabled}>
        <option value="rot">${lang === 'en' ? 'Red' : 'Rot'}</option>
        <option value="blau">${lang === 'en' ? 'Blue' : 'Blau'}</option>
      </fim-select-field>
      <fim-checkbox-field name="zustimmung" label=${lang === 'en' ? 'I agree' : 'Ich stimme zu'} ?required=${required} ?disabled=${disabled}></fim-checkbox-field>
      <button type="submit">${lang === 'en' ? 'Send' : 'Absenden'}</button>
    </form>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    await waitFor(() => expect(form.querySelector('fim-text-field')!.shadowRoot?.querySelector('input')).toBeTruthy());
    expect(form.checkValidity()).toBe(false);
  },
};

export const Filled: Story = {
  args: { value: 'Erika' },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    await waitFor(() => expect(new FormData(form).get('vorname')).toBe('Erika'));
  },
};

export const ErrorAfterSubmit: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const field = form.querySelector('fim-text-field')!;
    await waitFor(() => expect(field.shadowRoot?.querySelector('input')).toBeTruthy());
    await userEvent.click(form.querySelector('button')!);
    const input = field.shadowRoot!.querySelector('input')!;
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
  },
};

export const Disabled: Story = {
  args: { disabled: true, value: 'Erika' },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    await waitFor(() => expect(form.querySelector('fim-text-field')!.shadowRoot?.querySelector('input')?.disabled).toBe(true));
    expect(new FormData(form).get('vorname')).toBeNull();
  },
};

export const VeryLongLabel: Story = {
  args: { label: 'Vorname der antragstellenden Person, so wie er im Personalausweis, im Reisepass oder im elektronischen Aufenthaltstitel eingetragen ist, einschließlich aller weiteren Vornamen' },
};

export const English: Story = { args: { lang: 'en' } };

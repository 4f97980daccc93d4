import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { defineStandaloneFields, type StandaloneField } from '../../src/standalone/index.js';

beforeAll(() => defineStandaloneFields());

afterEach(() => document.body.replaceChildren());

/** A CMS page: a plain form with standalone fields and a submit button; counts submissions that got through. */
async function hostPage(markup: string, lang = 'de'): Promise<{ form: HTMLFormElement; submitted: FormData[] }> {
  const container = document.createElement('div');
  container.lang = lang;
  container.innerHTML = `<form action="#" id="host">${markup}<button>Senden</button></form>`;
  document.body.append(container);
  const form = container.querySelector('form')!;
  const submitted: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted.push(new FormData(form));
  });
  await settle(form);
  return { form, submitted };
}

async function settle(root: ParentNode): Promise<void> {
  for (const element of root.querySelectorAll<StandaloneField>('*')) await (element as Partial<StandaloneField>).updateComplete;
}

function shadowText(element: Element | null, selector: string): string | undefined {
  return element?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
}

const FIELDS = `
  <fim-text-field name="vorname" label="Vorname" required latin autocomplete="given-name"></fim-text-field>
  <fim-number-field name="betrag" label="Betrag" kind="currency" min="0"></fim-number-field>
  <fim-number-field name="anzahl" label="Anzahl" kind="integer"></fim-number-field>
  <fim-date-field name="geburt" label="Geburtsdatum" autocomplete="bday"></fim-date-field>
  <fim-time-field name="uhrzeit" label="Uhrzeit"></fim-time-field>
  <fim-datetime-field name="termin" label="Termin"></fim-datetime-field>
  <fim-select-field name="staat" label="Staatsangehörigkeit" required>
    <option value="276">deutsch</option><option value="040">österreichisch</option>
  </fim-select-field>
  <fim-checkbox-field name="zustimmung" label="Ich stimme zu" required value="ja"></fim-checkbox-field>
  <fim-file-field name="anlage" label="Anlage" accept="application/pdf" multiple></fim-file-field>`;

describe('standalone fields in a host page’s plain <form>', () => {
  it('block submitting while invalid and show their errors, focusing the first invalid control', async () => {
    const { form, submitted } = await hostPage(FIELDS);
    expect(form.checkValidity()).toBe(false);
    form.requestSubmit();
    expect(submitted).toHaveLength(0);
    const vorname = form.querySelector('fim-text-field')!;
    await settle(form);
    expect(shadowText(vorname, '.error')).toBe('Fehler: Bitte füllen Sie dieses Feld aus');
    expect(vorname.shadowRoot!.activeElement?.id).toBe('control');
    const control = vorname.shadowRoot!.querySelector('input')!;
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(control.getAttribute('aria-describedby')).toBe('error');
    expect(vorname.validity.valueMissing).toBe(true);
    const checkbox = form.querySelector('fim-checkbox-field')!;
    expect(shadowText(checkbox, '.error')).toBe('Fehler: Bitte setzen Sie hier einen Haken, um fortzufahren.');
  });

  it('submit the runtime’s values once filled in with the keyboard', async () => {
    const { form, submitted } = await hostPage(FIELDS);
    await userEvent.type(page.getByRole('textbox', { name: 'Vorname (Pflichtangabe)' }), 'Erika');
    await userEvent.type(page.getByRole('textbox', { name: 'Betrag' }), '1.234,5');
    await userEvent.type(page.getByRole('textbox', { name: 'Anzahl' }), '1.200');
    await userEvent.type(page.getByRole('textbox', { name: 'Geburtsdatum' }), '1.2.1980');
    await userEvent.type(page.getByRole('textbox', { name: 'Uhrzeit' }), '9.30 Uhr');
    await userEvent.type(page.getByRole('textbox', { name: 'Termin' }), '25.10.2026 02:30');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Staatsangehörigkeit (Pflichtangabe)' }), '276');
    await userEvent.click(page.getByRole('checkbox', { name: 'Ich stimme zu (Pflichtangabe)' }));
    await userEvent.tab();
    expect(form.checkValidity()).toBe(true);
    form.requestSubmit();
    expect(submitted).toHaveLength(1);
    expect(Object.fromEntries(submitted[0]!)).toEqual({
      vorname: 'Erika', betrag: '1234.5', anzahl: '1200', geburt: '1980-02-01', uhrzeit: '09:30',
      termin: '2026-10-25T02:30:00+02:00', staat: '276', zustimmung: 'ja',
    });
    await settle(form);
    // Leaving a field shows its value the German way.
    expect(form.querySelector('fim-number-field')!.shadowRoot!.querySelector('input')!.value).toBe('1.234,50');
  });

  it('refuse what cannot be read, with the reason, and what the runtime refuses', async () => {
    const { form } = await hostPage(FIELDS);
    const [betrag] = form.querySelectorAll('fim-number-field');
    await userEvent.type(page.getByRole('textbox', { name: 'Betrag' }), '12,345');
    expect(betrag!.validity.badInput).toBe(true);
    expect(betrag!.validationMessage).toBe('Die Zahl hat zu viele Nachkommastellen.');
    await userEvent.clear(page.getByRole('textbox', { name: 'Betrag' }));
    await userEvent.type(page.getByRole('textbox', { name: 'Betrag' }), '-5');
    expect(betrag!.validity.rangeUnderflow).toBe(true);
    await userEvent.type(page.getByRole('textbox', { name: 'Vorname (Pflichtangabe)' }), 'Ǆ☃');
    expect(form.querySelector('fim-text-field')!.validity.customError).toBe(true);
    await userEvent.type(page.getByRole('textbox', { name: 'Termin' }), '29.03.2026 02:30');
    expect(form.querySelector('fim-datetime-field')!.validationMessage).toBe('Diese Uhrzeit gibt es an diesem Tag wegen der Zeitumstellung nicht.');
  });

  it('reset to their initial values and take part in disabled fieldsets', async () => {
    const { form } = await hostPage(`<fieldset><fim-text-field name="ort" label="Ort" value="Bremen"></fim-text-field>
      <fim-checkbox-field name="news" label="Newsletter" checked></fim-checkbox-field></fieldset>`);
    await userEvent.clear(page.getByRole('textbox', { name: 'Ort' }));
    await userEvent.type(page.getByRole('textbox', { name: 'Ort' }), 'Hamburg');
    await userEvent.click(page.getByRole('checkbox', { name: 'Newsletter' }));
    expect(Object.fromEntries(new FormData(form))).toEqual({ ort: 'Hamburg' });
    form.reset();
    await settle(form);
    expect(Object.fromEntries(new FormData(form))).toEqual({ ort: 'Bremen', news: 'on' });
    expect(form.querySelector('fim-text-field')!.shadowRoot!.querySelector('input')!.value).toBe('Bremen');
    form.querySelector('fieldset')!.disabled = true;
    await settle(form);
    expect(form.querySelector('fim-text-field')!.shadowRoot!.querySelector('input')!.disabled).toBe(true);
    expect([...new FormData(form).keys()]).toEqual([]);
  });

  it('take back a restored state, refuse codes they do not offer, and read values set by script', async () => {
    const { form } = await hostPage(`${FIELDS}<fim-number-field name="menge" label="Menge" value="1234.5"></fim-number-field>`);
    const menge = form.querySelectorAll('fim-number-field')[2]!;
    expect(menge.shadowRoot!.querySelector('input')!.value).toBe('1.234,5');
    menge.formStateRestoreCallback('7.25');
    await settle(form);
    expect(menge.value).toBe('7.25');
    expect(menge.shadowRoot!.querySelector('input')!.value).toBe('7,25');
    const staat = form.querySelector('fim-select-field')!;
    staat.value = '999';
    expect(staat.validity.customError).toBe(true);
    expect(staat.validationMessage).toBe('Dieser Wert steht nicht zur Auswahl');
    staat.value = '040';
    expect(staat.validity.valid).toBe(true);
    const box = form.querySelector('fim-checkbox-field')!;
    box.formStateRestoreCallback('checked');
    expect(box.checked).toBe(true);
    expect(new FormData(form).get('zustimmung')).toBe('ja');
  });

  it('send chosen files as multipart entries, refusing by name what the runtime refuses', async () => {
    const { form, submitted } = await hostPage(
      '<fim-file-field name="nachweis" label="Nachweis" accept="application/pdf" max-size="1000" multiple required></fim-file-field>');
    const field = form.querySelector('fim-file-field')!;
    expect(field.validity.valueMissing).toBe(true);
    expect(shadowText(field, '.hint')).toBe('Erlaubte Dateitypen: PDF. Höchstens 1 kB je Datei.');
    const input = page.getByLabelText('Nachweis (Pflichtangabe)');
    const pdf = new File(['%PDF-1.7'], 'antrag.pdf', { type: 'application/pdf' });
    await userEvent.upload(input, [pdf, new File(['x'], 'notiz.txt', { type: 'text/plain' })]);
    expect(field.validationMessage).toMatch(/^Die Datei „notiz.txt“ hat einen nicht erlaubten Typ/);
    form.requestSubmit();
    expect(submitted).toHaveLength(0);
    await userEvent.upload(input, [new File([new Uint8Array(2000)], 'scan.pdf', { type: 'application/pdf' })]);
    expect(field.validationMessage).toMatch(/^Die Datei „scan.pdf“ ist größer als/);
    await userEvent.upload(input, [pdf]);
    expect(field.validity.valid).toBe(true);
    form.requestSubmit();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.getAll('nachweis').map((file) => (file as File).name)).toEqual(['antrag.pdf']);
    form.reset();
    expect([...new FormData(form).keys()]).toEqual([]);
    expect(field.files).toEqual([]);
  });

  it('speak English where the page does', async () => {
    const { form } = await hostPage('<fim-date-field name="d" label="Date of birth" required></fim-date-field>', 'en');
    const field = form.querySelector('fim-date-field')!;
    expect(shadowText(field, 'label')).toBe('Date of birth (required)');
    expect(shadowText(field, '.hint')).toBe('Format: DD.MM.YYYY, for example 31.12.1980');
    await userEvent.type(page.getByRole('textbox', { name: 'Date of birth (required)' }), '31.02.2024');
    expect(field.validationMessage).toBe('This day does not exist in the calendar.');
  });

  it('have no axe violations, with and without errors shown', async () => {
    const { form } = await hostPage(FIELDS);
    const options = { runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
    expect((await axe.run(form, options)).violations).toEqual([]);
    form.requestSubmit();
    await settle(form);
    expect((await axe.run(form, options)).violations).toEqual([]);
  });
});

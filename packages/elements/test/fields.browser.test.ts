import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FimForm } from '../src/fim-form.js';
import { allTypes } from './support/all-types.js';
import { accessibilityTree, axNode } from './support/ax-tree.js';
import { axeViolations } from './support/axe.js';
import { mountForm, settled } from './support/mount.js';

const PREFILL = { vorname: { value: 'Erika', source: 'bundid:givenName' } };

function control(form: FimForm, path: string): HTMLInputElement {
  const element = form.shadowRoot!.getElementById(`f-${path}`);
  if (!element) throw new Error(`no control for ${path}`);
  return element as HTMLInputElement;
}

async function typeInto(form: FimForm, path: string, text: string): Promise<void> {
  control(form, path).focus();
  await userEvent.keyboard(text);
  await settled(form);
}

async function leave(form: FimForm): Promise<void> {
  await userEvent.keyboard('{Tab}');
  await settled(form);
}

describe('every field type, in every state', () => {
  let form: FimForm;
  beforeEach(async () => {
    history.replaceState(null, '', location.pathname);
    form = await mountForm(allTypes(), { lang: 'de', prefill: PREFILL });
    await settled(form);
  });

  it('empty: roles and accessible names from Chromium\'s accessibility tree; required said in the name; no axe violations', async () => {
    const tree = await accessibilityTree();
    expect(axNode(tree, 'textbox', 'Familienname (Pflichtangabe)').properties['required']).toBe(true);
    axNode(tree, 'textbox', 'Name in lateinischer Schrift (Pflichtangabe)');
    expect(axNode(tree, 'textbox', 'Begründung').properties['multiline']).toBe(true);
    axNode(tree, 'textbox', 'Anzahl der Personen (Pflichtangabe)');
    expect(axNode(tree, 'textbox', 'Monatliche Miete (Pflichtangabe)').description).toBe('Betrag in Euro');
    expect(axNode(tree, 'textbox', 'Geburtsdatum (Pflichtangabe)').description).toContain('TT.MM.JJJJ');
    expect(axNode(tree, 'textbox', 'Beginn').description).toContain('hh:mm');
    axNode(tree, 'textbox', 'Termin');
    axNode(tree, 'group', 'Sind Sie berufstätig? (Pflichtangabe)');
    axNode(tree, 'radio', 'Ja');
    axNode(tree, 'radio', 'Nein');
    axNode(tree, 'checkbox', 'Ich versichere die Richtigkeit meiner Angaben. (Pflichtangabe)');
    axNode(tree, 'switch', 'Bescheid per E-Mail');
    axNode(tree, 'group', 'Art des Antrags (Pflichtangabe)');
    axNode(tree, 'radio', 'Erstantrag');
    axNode(tree, 'combobox', 'Familienstand');
    expect(axNode(tree, 'combobox', 'Staatsangehörigkeit (Pflichtangabe)').properties['expanded']).toBe(false);
    expect(axNode(tree, 'button', 'Nachweis').description).toContain('PDF');
    axNode(tree, 'term', 'Aktenzeichen');
    expect(tree.some((entry) => entry.role === 'definition')).toBe(true);
    expect(control(form, 'aktenzeichen').textContent).toBe('AZ-2026-1');
    expect(axNode(tree, 'status', 'Jahresmiete').description).toBe('Wird automatisch berechnet');
    // Prefilled: the value and where it came from.
    expect(axNode(tree, 'textbox', 'Vorname (Pflichtangabe)').description).toBe('Vorausgefüllt aus Ihrem BundID-Konto');
    expect(control(form, 'vorname').value).toBe('Erika');
    // Hidden: the hidden field and the field hidden by a rule are not in the tree.
    expect(tree.some((entry) => entry.name.startsWith('Grund der Erwerbslosigkeit') || entry.name.startsWith('Verfahren'))).toBe(false);
    // No errors before the citizen did anything.
    expect(tree.filter((entry) => entry.properties['invalid'] === 'true')).toEqual([]);
    expect(control(form, 'text').getAttribute('autocomplete')).toBe('family-name');
    expect(control(form, 'datum').getAttribute('autocomplete')).toBe('bday');
    expect(await axeViolations()).toEqual([]);
  });

  it('error: after "next" the summary takes focus, names each field, links move focus; fields are invalid and described by their error', async () => {
    await typeInto(form, 'ganz', '25');
    await leave(form);
    // Left after a change: its error shows at once (above its maximum).
    expect(form.shadowRoot!.getElementById('f-ganz-error')?.textContent).toContain('20');
    expect(form.shadowRoot!.getElementById('f-text-error')).toBeNull();
    (form.shadowRoot!.querySelector('button[type=submit]') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await settled(form);
    const summary = form.shadowRoot!.querySelector<HTMLElement>('.summary')!;
    expect(form.shadowRoot!.activeElement).toBe(summary);
    const links = [...summary.querySelectorAll('a')].map((link) => link.textContent!.trim());
    expect(links[0]).toBe('Familienname: Bitte füllen Sie dieses Feld aus');
    expect(links.some((text) => text.startsWith('Anzahl der Personen:'))).toBe(true);
    const tree = await accessibilityTree();
    const familienname = axNode(tree, 'textbox', 'Familienname (Pflichtangabe)');
    expect(familienname.properties['invalid']).toBe('true');
    expect(familienname.description).toContain('Bitte füllen Sie dieses Feld aus');
    expect(axNode(tree, 'heading', 'Es gibt ein Problem').properties['level']).toBe(2);
    // Following a link with the keyboard focuses the field.
    summary.querySelector('a')!.focus();
    await userEvent.keyboard('{Enter}');
    await settled(form);
    expect(form.shadowRoot!.activeElement).toBe(control(form, 'text'));
    expect(await axeViolations()).toEqual([]);
  });

  it('error while correcting: the error disappears once the value is valid, and no new error appears while typing', async () => {
    (form.shadowRoot!.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settled(form);
    expect(form.shadowRoot!.getElementById('f-text-error')).not.toBeNull();
    await typeInto(form, 'text', 'Mü');
    expect(form.shadowRoot!.getElementById('f-text-error')).toBeNull();
    // A field without an error gains none while it is being typed into.
    await typeInto(form, 'ganz', '99');
    expect(form.shadowRoot!.getElementById('f-ganz-error')).toBeNull();
    await leave(form);
    expect(form.shadowRoot!.getElementById('f-ganz-error')).not.toBeNull();
  });

  it('filled: German input is parsed into exact values and shown formatted after leaving the field', async () => {
    await typeInto(form, 'betrag', '1.234,5');
    await leave(form);
    expect(form.engine.getValue('betrag')).toBe('1234.5');
    expect(control(form, 'betrag').value).toBe('1.234,50');
    await typeInto(form, 'zahl', '12,75');
    expect(form.engine.getValue('zahl')).toBe('12.75');
    await typeInto(form, 'ganz', '3');
    expect(form.engine.getValue('ganz')).toBe(3);
    await typeInto(form, 'datum', '1.4.1980');
    await leave(form);
    expect(form.engine.getValue('datum')).toBe('1980-04-01');
    expect(control(form, 'datum').value).toBe('01.04.1980');
    await typeInto(form, 'zeit', '9:05');
    expect(form.engine.getValue('zeit')).toBe('09:05');
    await typeInto(form, 'zeitpunkt', '1.7.2026 9:00');
    expect(form.engine.getValue('zeitpunkt')).toBe('2026-07-01T09:00:00+02:00');
    await typeInto(form, 'latin', 'Ørsted');
    expect(form.engine.getValue('latin')).toBe('Ørsted');
    // Read-only computed: the annual rent follows the monthly rent.
    expect(form.shadowRoot!.getElementById('f-summe')!.textContent!.replaceAll('\u00a0', ' ')).toBe('14.814,00 €');
    expect(await axeViolations()).toEqual([]);
  });

  it('a text that is no number shows what was wrong with it, in the form language', async () => {
    await typeInto(form, 'ganz', '3,5');
    await leave(form);
    expect(form.shadowRoot!.getElementById('f-ganz-error')!.textContent).toContain('ganze Zahl');
  });

  it('choices by keyboard: yes/no radios, a checkbox, a switch, radios of a code list, a dropdown', async () => {
    control(form, 'frage').focus();
    await userEvent.keyboard('{ArrowDown}');
    await settled(form);
    expect(form.engine.getValue('frage')).toBe(false);
    // Hidden by a rule until "Nein": now shown, in the tree.
    expect(form.shadowRoot!.getElementById('f-grund')).not.toBeNull();
    control(form, 'zustimmung').focus();
    await userEvent.keyboard(' ');
    expect(form.engine.getValue('zustimmung')).toBe(true);
    control(form, 'schalter').focus();
    await userEvent.keyboard(' ');
    expect(form.engine.getValue('schalter')).toBe(true);
    control(form, 'art').focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowDown}');
    expect(form.engine.getValue('art')).toBe('02');
    control(form, 'stand').focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(form.engine.getValue('stand')).toBe('01');
    await settled(form);
    const tree = await accessibilityTree();
    expect(axNode(tree, 'radio', 'Nein').properties['checked']).toBe('true');
    expect(axNode(tree, 'switch', 'Bescheid per E-Mail').properties['checked']).toBe('true');
    expect(await axeViolations()).toEqual([]);
    // A required checkbox left unticked answers "no" on "next"; unticking writes false.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    control(form, 'zustimmung').focus();
    await userEvent.keyboard(' ');
    expect(form.engine.getValue('zustimmung')).toBe(false);
  });

  it('combobox (200 codes): typing filters and announces the matches, arrows and Enter choose, Escape closes', async () => {
    await typeInto(form, 'staat', 'oster');
    const input = control(form, 'staat');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = form.shadowRoot!.querySelectorAll('[role=option]');
    expect(options.length).toBe(1);
    expect(options[0]!.textContent).toBe('Österreich');
    expect(form.shadowRoot!.querySelector('.announcer')!.textContent!.trim()).toBe('1 Treffer');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await userEvent.keyboard('{Enter}');
    await settled(form);
    expect(form.engine.getValue('staat')).toBe('100');
    expect(input.value).toBe('Österreich');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{ArrowDown}');
    await settled(form);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(form.shadowRoot!.querySelectorAll('[role=option]').length).toBe(200);
    const tree = await accessibilityTree();
    // 200 in the combobox's listbox, 4 in the native dropdown (with "Bitte auswählen").
    expect(tree.filter((entry) => entry.role === 'option').length).toBe(204);
    axNode(tree, 'listbox', 'Staatsangehörigkeit');
    expect(await axeViolations()).toEqual([]);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await settled(form);
    expect(form.engine.getValue('staat')).toBe('101');
    await userEvent.keyboard('{ArrowDown}{Escape}');
    await settled(form);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(form.engine.getValue('staat')).toBe('101');
  });

  it('file: type and size are checked before anything is sent; a chosen file can be removed', async () => {
    const input = control(form, 'nachweis');
    await userEvent.upload(input, new File(['x'.repeat(2000)], 'gross.pdf', { type: 'application/pdf' }));
    await settled(form);
    expect(form.shadowRoot!.getElementById('f-nachweis-error')!.textContent).toContain('gross.pdf');
    expect(form.engine.getValue('nachweis')).toBeUndefined();
    await userEvent.upload(control(form, 'nachweis'), new File(['x'], 'bild.png', { type: 'image/png' }));
    await settled(form);
    expect(form.shadowRoot!.getElementById('f-nachweis-error')!.textContent).toContain('bild.png');
    await userEvent.upload(control(form, 'nachweis'), new File(['%PDF'], 'ok.pdf', { type: 'application/pdf' }));
    await settled(form);
    expect(form.engine.getValue('nachweis')).toMatchObject({ name: 'ok.pdf', size: 4, mediaType: 'application/pdf' });
    expect(form.shadowRoot!.getElementById('f-nachweis-error')).toBeNull();
    const remove = form.shadowRoot!.querySelector<HTMLButtonElement>('[data-remove-file]')!;
    expect(remove.textContent).toBe('Datei ok.pdf entfernen');
    expect(await axeViolations()).toEqual([]);
    remove.focus();
    await userEvent.keyboard('{Enter}');
    await settled(form);
    expect(form.engine.getValue('nachweis')).toBeUndefined();
    expect(form.shadowRoot!.activeElement).toBe(control(form, 'nachweis'));
  });

  it('English: every UI text and definition text in English', async () => {
    form = await mountForm(allTypes(), { lang: 'en', prefill: PREFILL });
    await settled(form);
    const tree = await accessibilityTree();
    axNode(tree, 'textbox', 'Family name (required)');
    axNode(tree, 'group', 'Are you employed? (required)');
    axNode(tree, 'radio', 'Yes');
    expect(axNode(tree, 'textbox', 'Date of birth (required)').description).toContain('DD.MM.YYYY');
    axNode(tree, 'button', 'Continue to check your answers');
    expect(await axeViolations()).toEqual([]);
  });

  it('disabled: a disabled fieldset of the host page disables every control and the buttons', async () => {
    const host = document.createElement('form');
    const fieldset = document.createElement('fieldset');
    host.append(fieldset);
    document.body.append(host);
    fieldset.append(form);
    await settled(form);
    fieldset.disabled = true;
    await settled(form);
    const controls = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select, textarea, button')];
    expect(controls.length).toBeGreaterThan(20);
    expect(controls.filter((control) => !control.matches(':disabled'))).toEqual([]);
    const tree = await accessibilityTree();
    expect(axNode(tree, 'textbox', 'Familienname (Pflichtangabe)').properties['disabled']).toBe(true);
    // The wrapper adds no group of its own to the accessibility tree: the one unnamed group is the host page's fieldset.
    expect(tree.filter((entry) => entry.role === 'group' && entry.name === '')).toHaveLength(1);
    fieldset.disabled = false;
    await settled(form);
    expect(control(form, 'text').matches(':disabled')).toBe(false);
  });
});

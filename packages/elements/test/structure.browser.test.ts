import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { validateSubmission } from '@fimforms/runtime';
import type { FimForm, FimSubmitDetail } from '../src/fim-form.js';
import { accessibilityTree, axNode } from './support/ax-tree.js';
import { axeViolations } from './support/axe.js';
import { mountForm, settled } from './support/mount.js';
import { structuredForm } from './support/structured-form.js';

const root = (form: FimForm) => form.shadowRoot!;
const active = (form: FimForm) => root(form).activeElement as HTMLElement | null;
const announced = (form: FimForm) => root(form).querySelector('.announcer')!.textContent!.trim();

async function press(form: FimForm, element: HTMLElement, keys = '{Enter}'): Promise<void> {
  element.focus();
  await userEvent.keyboard(keys);
  await settled(form);
}

async function typeInto(form: FimForm, id: string, text: string): Promise<void> {
  root(form).getElementById(id)!.focus();
  await userEvent.keyboard(text);
  await settled(form);
}

const submitButton = (form: FimForm) => root(form).querySelector<HTMLButtonElement>('button[type=submit]')!;

describe('structure: repeats, choices, pages, review, receipt', () => {
  let form: FimForm;
  beforeEach(async () => {
    history.replaceState(null, '', location.pathname);
    form = await mountForm(structuredForm(), { lang: 'de' });
    await settled(form);
  });

  it('a repeating field: add moves focus to the new instance and is announced; remove moves focus back; bounds are kept', async () => {
    const add = root(form).querySelector<HTMLButtonElement>('[data-add="telefon"]')!;
    expect(add.textContent).toBe('Weitere hinzufügen: Telefon');
    await press(form, add);
    expect(active(form)).toBe(root(form).getElementById('f-telefon.0'));
    expect(announced(form)).toBe('Telefon 1 hinzugefügt');
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-add="telefon"]')!);
    expect(form.engine.instanceCount('telefon')).toBe(2);
    // At the maximum there is no add button.
    expect(root(form).querySelector('[data-add="telefon"]')).toBeNull();
    await typeInto(form, 'f-telefon.1', '0421 1');
    const tree = await accessibilityTree();
    axNode(tree, 'textbox', 'Telefon 1');
    axNode(tree, 'textbox', 'Telefon 2');
    axNode(tree, 'button', 'Entfernen: Telefon 1');
    expect(await axeViolations()).toEqual([]);
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-remove="telefon"][data-index="0"]')!);
    expect(form.engine.instanceCount('telefon')).toBe(1);
    expect(form.engine.getValue('telefon.0')).toBe('0421 1');
    expect(active(form)).toBe(root(form).getElementById('f-telefon.0'));
    expect(announced(form)).toContain('entfernt');
  });

  it('pages: "next" validates, the URL keeps the page, a reload lands on it, Back returns; focus goes to the page heading', async () => {
    await press(form, submitButton(form));
    expect(active(form)?.classList.contains('summary')).toBe(true);
    expect(root(form).querySelector('.summary a')!.textContent).toBe('Name: Bitte füllen Sie dieses Feld aus');
    await typeInto(form, 'f-name', 'Muster');
    await press(form, submitButton(form));
    expect(form.engine.currentPage).toBe(1);
    expect(new URL(location.href).searchParams.get('fim-page')).toBe('kinder');
    expect(active(form)?.id).toBe('page-title');
    expect(active(form)?.textContent).toBe('Kinder');
    const steps = root(form).querySelector('.steps')!;
    expect(steps.querySelector('[aria-current="step"]')!.textContent).toBe('Kinder');
    expect(steps.querySelector('.step-count')!.textContent).toBe('Schritt 2 von 3');
    // A reload: a new element on the same URL shows the same page.
    const again = await mountForm(structuredForm(), { lang: 'de' });
    await settled(again);
    expect(again.engine.currentPage).toBe(1);
    await press(again, root(again).querySelector<HTMLButtonElement>('[data-nav="back"]')!);
    expect(again.engine.currentPage).toBe(0);
    expect(new URL(location.href).searchParams.get('fim-page')).toBe('person');
  });

  it('a repeating group and a choice group: the chosen alternative is shown alone, switching removes the other answer', async () => {
    await typeInto(form, 'f-name', 'Muster');
    await press(form, submitButton(form));
    // One child (the minimum) is there and cannot be removed.
    expect(form.engine.instanceCount('kinder')).toBe(1);
    expect(root(form).querySelector('[data-remove="kinder"]')).toBeNull();
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-add="kinder"]')!);
    expect(active(form)).toBe(root(form).getElementById('f-kinder.1.vorname'));
    expect(announced(form)).toBe('Kind 2 hinzugefügt');
    const tree = await accessibilityTree();
    axNode(tree, 'group', 'Kind 1');
    axNode(tree, 'group', 'Kind 2');
    axNode(tree, 'radiogroup', 'Nachweis der Identität');
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-remove="kinder"][data-index="1"]')!);
    expect(form.engine.instanceCount('kinder')).toBe(1);
    await typeInto(form, 'f-kinder.0.vorname', 'Max');
    // Choose the ID card with the keyboard, answer, then switch to the passport.
    await press(form, root(form).getElementById('g-nachweis-choice')!, ' ');
    expect(root(form).getElementById('f-nachweis.ausweisnummer')).not.toBeNull();
    expect(root(form).getElementById('f-nachweis.passnummer')).toBeNull();
    await typeInto(form, 'f-nachweis.ausweisnummer', 'L01X00T47');
    await press(form, root(form).getElementById('g-nachweis-choice')!, '{ArrowDown}');
    expect(form.engine.getValue('nachweis.ausweisnummer')).toBeUndefined();
    expect(root(form).getElementById('f-nachweis.passnummer')).not.toBeNull();
    await typeInto(form, 'f-nachweis.passnummer', 'C01X00T47');
    expect(await axeViolations()).toEqual([]);
  });

  it('removing a repeating group instance in the middle: the later instance moves up with its answer, the first keeps its DOM, focus goes to the next', async () => {
    await typeInto(form, 'f-name', 'Muster');
    await press(form, submitButton(form));
    await typeInto(form, 'f-kinder.0.vorname', 'Anna');
    for (const name of ['Ben', 'Cleo']) {
      await press(form, root(form).querySelector<HTMLButtonElement>('[data-add="kinder"]')!);
      await userEvent.keyboard(name);
      await settled(form);
    }
    const first = root(form).getElementById('g-kinder.0');
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-remove="kinder"][data-index="1"]')!);
    expect(form.engine.instanceCount('kinder')).toBe(2);
    expect([form.engine.getValue('kinder.0.vorname'), form.engine.getValue('kinder.1.vorname')]).toEqual(['Anna', 'Cleo']);
    const legends = [...root(form).querySelectorAll('[id^="g-kinder."] > legend')].map((legend) => legend.textContent);
    expect(legends).toEqual(['Kind 1', 'Kind 2']);
    expect(root(form).getElementById('g-kinder.0')).toBe(first);
    expect(root(form).getElementById('f-kinder.0.vorname')).toHaveProperty('value', 'Anna');
    expect(root(form).getElementById('f-kinder.1.vorname')).toHaveProperty('value', 'Cleo');
    expect(root(form).getElementById('f-kinder.2.vorname')).toBeNull();
    expect(active(form)).toBe(root(form).getElementById('f-kinder.1.vorname'));
    expect(announced(form)).toContain('entfernt');
    expect(root(form).querySelector('[data-remove="kinder"][data-index="1"]')!.textContent).toBe('Entfernen: Kind 2');
  });

  it('review lists every answer with "change" links that lead to the field; submit shows a printable receipt; the submission is valid', async () => {
    await typeInto(form, 'f-name', 'Muster');
    await press(form, submitButton(form));
    await typeInto(form, 'f-kinder.0.vorname', 'Max');
    await press(form, root(form).getElementById('g-nachweis-choice')!, ' ');
    await typeInto(form, 'f-nachweis.ausweisnummer', 'L01X00T47');
    await press(form, submitButton(form));
    expect(new URL(location.href).searchParams.get('fim-page')).toBe('~review');
    const answers = [...root(form).querySelectorAll('.answer')].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]);
    expect(answers).toEqual([['Name', 'Muster'], ['Vorname des Kindes', 'Max'], ['Ausweisnummer', 'L01X00T47']]);
    // A heading per top-level group: the same label in two groups stays distinguishable.
    expect([...root(form).querySelectorAll('.review [role=heading]')].map((heading) => heading.textContent)).toEqual(['Kind 1', 'Nachweis der Identität']);
    expect(await axeViolations()).toEqual([]);
    // "Ändern" goes to the field on its page.
    const change = root(form).querySelectorAll<HTMLAnchorElement>('.change a')[1]!;
    expect(change.textContent).toBe('Ändern: Vorname des Kindes');
    await press(form, change);
    expect(active(form)).toBe(root(form).getElementById('f-kinder.0.vorname'));
    await press(form, submitButton(form));
    let detail: FimSubmitDetail | undefined;
    form.addEventListener('fim-submit', (event) => (detail = (event as CustomEvent<FimSubmitDetail>).detail));
    await press(form, submitButton(form));
    expect(detail!.submission).toEqual({ name: 'Muster', kinder: [{ vorname: 'Max' }], nachweis: { ausweisnummer: 'L01X00T47' } });
    expect(validateSubmission(structuredForm(), detail!.submission).valid).toBe(true);
    const receipt = root(form).querySelector('.confirmation')!;
    expect(receipt.querySelector('.reference')!.textContent).toBe(detail!.reference);
    expect(detail!.reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(receipt.textContent).toContain('Übermittelt am');
    expect([...receipt.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['Muster', 'Max', 'L01X00T47']);
    expect(active(form)?.textContent).toBe('Ihre Angaben wurden übermittelt');
    expect(await axeViolations()).toEqual([]);
  });

  it('an unanswered choice group is named in the summary, and its link focuses the first alternative', async () => {
    await typeInto(form, 'f-name', 'Muster');
    await press(form, submitButton(form));
    await typeInto(form, 'f-kinder.0.vorname', 'Max');
    await press(form, submitButton(form));
    const link = root(form).querySelector<HTMLAnchorElement>('.summary a')!;
    expect(link.textContent).toMatch(/^Nachweis der Identität: /);
    await press(form, link);
    expect(active(form)).toBe(root(form).getElementById('g-nachweis-choice'));
  });

  it('a cancelled fim-submit shows nothing; the page confirms with its own reference', async () => {
    form.noReview = true;
    await typeInto(form, 'f-name', 'Muster');
    await press(form, submitButton(form));
    await typeInto(form, 'f-kinder.0.vorname', 'Max');
    await press(form, root(form).getElementById('g-nachweis-choice')!, ' ');
    await typeInto(form, 'f-nachweis.ausweisnummer', 'L01X00T47');
    form.addEventListener('fim-submit', (event) => event.preventDefault());
    await press(form, submitButton(form));
    expect(root(form).querySelector('.confirmation')).toBeNull();
    form.showConfirmation('AZ-7');
    await settled(form);
    expect(root(form).querySelector('.reference')!.textContent).toBe('AZ-7');
  });

  describe('with an action', () => {
    afterEach(() => vi.unstubAllGlobals());

    async function fillAll(): Promise<void> {
      form.noReview = true;
      form.action = '/antrag';
      await typeInto(form, 'f-name', 'Muster');
      await press(form, submitButton(form));
      await typeInto(form, 'f-kinder.0.vorname', 'Max');
      await press(form, root(form).getElementById('g-nachweis-choice')!, ' ');
      await typeInto(form, 'f-nachweis.ausweisnummer', 'L01X00T47');
    }

    it('a refused POST says so plainly and keeps every answer; sending again uses the same idempotency key; the server\'s reference is shown', async () => {
      const keys: string[] = [];
      const bodies: unknown[] = [];
      const responses = [new Response('{}', { status: 400 }), new Response(JSON.stringify({ reference: 'HB-2026-42' }), { status: 201, headers: { 'content-type': 'application/json' } })];
      vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
        keys.push(new Headers(init.headers).get('idempotency-key') ?? '');
        bodies.push(JSON.parse(String(init.body)));
        return responses.shift()!;
      }));
      await fillAll();
      await press(form, submitButton(form));
      await vi.waitFor(() => expect(root(form).querySelector('.status[role=alert]')).not.toBeNull());
      expect(root(form).querySelector('.status')!.textContent).toContain('nicht gesendet');
      expect(form.engine.getValue('nachweis.ausweisnummer')).toBe('L01X00T47');
      await press(form, submitButton(form));
      await vi.waitFor(() => expect(root(form).querySelector('.confirmation')).not.toBeNull());
      expect(root(form).querySelector('.reference')!.textContent).toBe('HB-2026-42');
      expect(keys).toHaveLength(2);
      expect(keys[0]).toBe(keys[1]);
      expect(bodies[0]).toEqual({ name: 'Muster', kinder: [{ vorname: 'Max' }], nachweis: { ausweisnummer: 'L01X00T47' } });
    });
  });

  it('drafts: saved only after consent, offered again after a reload, resumed on the same page, gone after submitting; leaving warns', async () => {
    localStorage.clear();
    form = await mountForm(structuredForm(), { lang: 'de', attributes: { drafts: '' } });
    await settled(form);
    const panel = () => root(form).querySelector('.draft');
    expect(panel()!.textContent).toContain('nur in diesem Browser');
    expect(await axeViolations()).toEqual([]);
    await typeInto(form, 'f-name', 'Muster');
    await userEvent.keyboard('{Tab}');
    expect(Object.keys(localStorage).filter((key) => key.includes('draft'))).toEqual([]);
    // Leaving now would lose the answers.
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-draft="accept"]')!);
    expect(root(form).querySelector('.draft-status')!.textContent).toContain('Zwischenstand gespeichert');
    await press(form, submitButton(form));
    await typeInto(form, 'f-kinder.0.vorname', 'Max');
    await userEvent.keyboard('{Tab}');
    await settled(form);
    // A reload without the URL: the draft is offered and brings back the answers and the page.
    history.replaceState(null, '', location.pathname);
    form = await mountForm(structuredForm(), { lang: 'de', attributes: { drafts: '' } });
    await settled(form);
    expect(panel()!.textContent).toContain('Gespeicherten Zwischenstand gefunden');
    await press(form, root(form).querySelector<HTMLButtonElement>('[data-draft="resume"]')!);
    expect(form.engine.getValue('name')).toBe('Muster');
    expect(form.engine.getValue('kinder.0.vorname')).toBe('Max');
    expect(form.engine.currentPage).toBe(1);
    expect(panel()).toBeNull();
    await press(form, root(form).getElementById('g-nachweis-choice')!, ' ');
    await typeInto(form, 'f-nachweis.ausweisnummer', 'L01X00T47');
    await press(form, submitButton(form));
    await press(form, submitButton(form));
    expect(root(form).querySelector('.confirmation')).not.toBeNull();
    expect(Object.keys(localStorage).filter((key) => key.includes('draft'))).toEqual([]);
  });
});

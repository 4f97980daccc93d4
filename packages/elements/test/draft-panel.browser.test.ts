import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FimForm } from '../src/fim-form.js';
import { mountForm, settled } from './support/mount.js';
import { structuredForm } from './support/structured-form.js';

// The answers to the draft panel other than the ones the structure test walks through (consent, resume): declining
// and discarding, in both languages, and a browser that refuses to store.
const root = (form: FimForm) => form.shadowRoot!;
const panel = (form: FimForm) => root(form).querySelector('.draft');
const storedDrafts = () => Object.keys(localStorage).filter((key) => key.includes('draft'));

async function choose(form: FimForm, choice: string): Promise<void> {
  root(form).querySelector<HTMLButtonElement>(`[data-draft="${choice}"]`)!.focus();
  await userEvent.keyboard('{Enter}');
  await settled(form);
}

async function typeAndLeave(form: FimForm, id: string, text: string): Promise<void> {
  root(form).getElementById(id)!.focus();
  await userEvent.keyboard(text);
  await userEvent.keyboard('{Tab}');
  await settled(form);
}

describe('the draft panel of <fim-form drafts>', () => {
  let form: FimForm | undefined;
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname);
  });
  afterEach(() => {
    form?.remove();
    localStorage.clear();
  });

  it('declining closes the question and stores nothing, now or when a field is left', async () => {
    form = await mountForm(structuredForm(), { lang: 'de', attributes: { drafts: '' } });
    await choose(form, 'decline');
    expect(panel(form)).toBeNull();
    await typeAndLeave(form, 'f-name', 'Muster');
    expect(storedDrafts()).toEqual([]);
    expect(root(form).querySelector('.draft-status')).toBeNull();
  });

  it('discarding a saved draft deletes it, says so in English, and starts empty', async () => {
    form = await mountForm(structuredForm(), { lang: 'en', attributes: { drafts: '' } });
    await choose(form, 'accept');
    await typeAndLeave(form, 'f-name', 'Muster');
    expect(root(form).querySelector('.draft-status')!.textContent).toContain('Progress saved at');
    expect(storedDrafts()).toHaveLength(1);
    form.remove();
    form = await mountForm(structuredForm(), { lang: 'en', attributes: { drafts: '' } });
    expect(panel(form)!.textContent).toContain('Delete');
    await choose(form, 'discard');
    expect(panel(form)).toBeNull();
    expect(storedDrafts()).toEqual([]);
    expect(root(form).querySelector('.announcer')!.textContent!.trim()).toBe('Your progress has been deleted.');
    expect(form.engine.getValue('name')).toBeUndefined();
  });

  it('a browser that refuses to store says so plainly and keeps the answers on the page', async () => {
    form = await mountForm(structuredForm(), { lang: 'de', attributes: { drafts: '' } });
    await choose(form, 'accept');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await typeAndLeave(form, 'f-name', 'Muster');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(root(form).querySelector('.draft-status')!.textContent).toContain('konnte in diesem Browser nicht gespeichert werden');
    expect(form.engine.getValue('name')).toBe('Muster');
    // Nothing was saved, so leaving still warns.
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
  });
});

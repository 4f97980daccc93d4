import { userEvent } from 'vitest/browser';
import type { FimForm } from '../../src/fim-form.js';
import { sampleText } from './sample-input.js';

/** What the keyboard walk did, for assertions and failure messages. */
export interface WalkLog {
  actions: string[];
  pages: number;
}

const MAX_STEPS = 2000;

function focused(form: FimForm): HTMLElement | null {
  return (form.shadowRoot!.activeElement as HTMLElement | null) ?? null;
}

async function frame(form: FimForm): Promise<void> {
  await form.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/**
 * Fills every required field of every page with the keyboard alone (Tab, Space, Enter, arrows, typing;
 * files by `userEvent.upload`, the one thing a keyboard cannot do), presses "next" on each page, and
 * submits from the review step. Throws with the error summary's text when a page does not move on.
 */
export async function fillWithKeyboard(form: FimForm, options: { file?: File } = {}): Promise<WalkLog> {
  const log: WalkLog = { actions: [], pages: 0 };
  const done = new Set<string>();
  let attempts = 0;
  (form.shadowRoot!.querySelector('h2') as HTMLElement | null)?.setAttribute('tabindex', '-1');
  (form.shadowRoot!.querySelector('h2') as HTMLElement).focus();
  for (let step = 0; step < MAX_STEPS; step++) {
    if (form.shadowRoot!.querySelector('.confirmation')) return log;
    // A timed-out test must not keep typing into the next test's form.
    if (!form.isConnected) throw new Error('form removed while filling it in');
    await userEvent.keyboard('{Tab}');
    await frame(form);
    const element = focused(form);
    if (!element) continue;
    if (element instanceof HTMLButtonElement && element.type === 'submit') {
      await userEvent.keyboard('{Enter}');
      await frame(form);
      await frame(form);
      const summary = form.shadowRoot!.querySelector('.summary');
      done.clear();
      if (!summary) {
        log.pages++;
        attempts = 0;
        continue;
      }
      // Like a citizen, read the summary (it has focus) and go through the page once more: answers
      // can make further fields required (rules, optional groups that became present).
      if (++attempts > 2) throw new Error(`page did not move on: ${summary.textContent?.replace(/\s+/g, ' ')} — ${log.actions.join(' | ')}`);
      log.actions.push('summary shown');
      continue;
    }
    await act(form, element, done, log, options.file);
  }
  throw new Error(`no confirmation after ${MAX_STEPS} steps: ${log.actions.join(' | ')}`);
}

async function act(form: FimForm, element: HTMLElement, done: Set<string>, log: WalkLog, file: File | undefined): Promise<void> {
  const choice = element.dataset['choice'];
  if (choice !== undefined) {
    if (!done.has(`choice:${choice}`) && !(element as HTMLInputElement).checked) {
      await userEvent.keyboard(' ');
      log.actions.push(`choice ${choice}`);
    }
    done.add(`choice:${choice}`);
    return;
  }
  const path = element.dataset['path'];
  if (path === undefined || done.has(path)) return;
  done.add(path);
  const state = form.engine.get(path);
  const field = form.engine.describe(path)?.field ?? form.engine.describe(`${path}.0`)?.field;
  const kind = element.dataset['kind'];
  // What the citizen sees decides: the field's label says "Pflichtangabe".
  const required = element.closest('.field')?.querySelector('.required') !== null;
  if (kind === 'file') {
    if (required && file) {
      await userEvent.upload(element, file);
      log.actions.push(`upload ${path}`);
      await frame(form);
    }
    return;
  }
  if (!state || !field || !required || state.readonly || state.value !== undefined) return;
  const input = element as HTMLInputElement;
  if (kind === 'combobox') {
    await userEvent.keyboard('{ArrowDown}');
    await frame(form);
    await userEvent.keyboard('{Enter}');
    log.actions.push(`combobox ${path}`);
  } else if (input.type === 'radio' || input.type === 'checkbox') {
    await userEvent.keyboard(' ');
    log.actions.push(`${input.type} ${path}`);
  } else if (element instanceof HTMLSelectElement) {
    await userEvent.keyboard('{ArrowDown}');
    log.actions.push(`select ${path}`);
  } else {
    const text = sampleText(field);
    await userEvent.keyboard(text);
    log.actions.push(`type ${path}=${text}`);
  }
  await frame(form);
}

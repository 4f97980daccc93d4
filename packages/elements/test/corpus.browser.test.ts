import { describe, expect, inject, it } from 'vitest';
import { validateSubmission } from '@fimforms/runtime';
import type { FimSubmitDetail } from '../src/fim-form.js';
import { axeViolations } from './support/axe.js';
import { fillWithKeyboard } from './support/keyboard-fill.js';
import { unsatisfiableFields } from './support/sample-input.js';
import { mountForm, settled } from './support/mount.js';

const corpus = inject('corpusDefinitions');
const PDF = new File(['%PDF-1.4\n%fimforms test\n'], 'nachweis.pdf', { type: 'application/pdf' });

describe('real FIM schemas of the corpus', () => {
  it('are there to test (the corpus holds at least 10 Stammdatenschemata)', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
  });

  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s renders with zero axe violations and is filled in with the keyboard and submitted', async (_name, { definition }) => {
    history.replaceState(null, '', location.pathname);
    const form = await mountForm(definition, { lang: 'de' });
    await settled(form);
    expect(await axeViolations()).toEqual([]);
    let detail: FimSubmitDetail | undefined;
    form.addEventListener('fim-submit', (event) => (detail = (event as CustomEvent<FimSubmitDetail>).detail));
    const impossible = unsatisfiableFields(definition.fields);
    if (impossible.length > 0) {
      // A definition no one can complete: the form must refuse it, never submit.
      await expect(fillWithKeyboard(form, { file: PDF })).rejects.toThrow(impossible[0]);
      expect(detail).toBeUndefined();
      return;
    }
    await fillWithKeyboard(form, { file: PDF });
    expect(detail?.submission).toEqual(form.engine.toSubmission());
    expect(validateSubmission(definition, detail!.submission).errors).toEqual([]);
  }, 240_000);
});

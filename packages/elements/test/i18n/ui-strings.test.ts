import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import type { UiStrings } from '../../src/i18n/ui-strings.js';
import { comboboxTexts } from '../../src/controls/combobox-texts.js';
import { fileControlTexts } from '../../src/controls/file-control-texts.js';
import { receiptTexts } from '../../src/controls/receipt-texts.js';

describe('UI string tables', () => {
  it('English has exactly the German keys, each of the same kind', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const key of Object.keys(de) as (keyof typeof de)[]) expect(typeof en[key]).toBe(typeof de[key]);
  });

  it('a table missing a key or with a wrong signature fails the type check (checked by tsc: an unused @ts-expect-error is an error)', () => {
    const { required: _dropped, ...rest } = en;
    // @ts-expect-error — `required` is missing
    const missing: UiStrings = rest;
    // @ts-expect-error — `stepOf` takes two numbers, not a string
    const wrong: UiStrings = { ...en, stepOf: (text: string) => text };
    expect(Object.keys(missing)).not.toContain('required');
    expect(typeof wrong.stepOf).toBe('function');
  });

  it('the texts that come with a lazily loaded part have the same keys, each of the same kind, in German and English, and none of them is in the first download\'s table', () => {
    for (const texts of [comboboxTexts, fileControlTexts, receiptTexts]) {
      expect(Object.keys(texts.en).sort()).toEqual(Object.keys(texts.de).sort());
      const english = new Map<string, unknown>(Object.entries(texts.en));
      for (const [key, value] of Object.entries(texts.de)) expect(typeof english.get(key)).toBe(typeof value);
      for (const key of Object.keys(texts.de)) expect(Object.keys(de)).not.toContain(key);
    }
    expect(fileControlTexts.de.fileHint('PDF', '')).toBe('Erlaubte Dateitypen: PDF.');
    expect(fileControlTexts.en.fileHint('', '10 MB')).toBe('At most 10 MB per file.');
  });

  it('every count-bearing string takes the singular at 1 and the plural otherwise, in German and English', () => {
    expect([0, 1, 2].map(comboboxTexts.de.matches)).toEqual(['0 Treffer', '1 Treffer', '2 Treffer']);
    expect([0, 1, 2].map(comboboxTexts.en.matches)).toEqual(['0 results', '1 result', '2 results']);
    expect([1, 2].map(de.formHasErrors)).toEqual(['Das Formular enthält einen Fehler.', 'Das Formular enthält 2 Fehler.']);
    expect([1, 2].map(en.formHasErrors)).toEqual(['The form has an error.', 'The form has 2 errors.']);
  });
});

import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../src/index.js';
import { household } from './fixtures.js';

describe('validateSubmission', () => {
  it('accepts a valid submission', () => {
    expect(validateSubmission(household(), { vorname: 'Erika', anzahl: 0 })).toEqual({ valid: true, errors: [] });
  });

  it('never follows prototype keys', () => {
    const data = JSON.parse('{"vorname": "Erika", "anzahl": 0, "__proto__": {"hat_kinder": true}, "constructor": 1}');
    const result = validateSubmission(household(), data);
    expect(result.errors.map((e) => `${e.code} ${e.pointer}`)).toEqual(['submission-unknown-field /__proto__', 'submission-unknown-field /constructor']);
  });

  it('bounds a huge array to the maximum', () => {
    const kinder = Array.from({ length: 1_000_000 }, () => ({ name: 'x' }));
    const result = validateSubmission(household(), { vorname: 'E', hat_kinder: true, kinder, anzahl: 5 });
    expect(result.errors.map((e) => e.code)).toEqual(['instances-too-many']);
  });

  it('ignores data nested deeper than the structure', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const result = validateSubmission(household(), { vorname: deep, anzahl: 0 });
    expect(result.errors.map((e) => `${e.code} ${e.pointer}`)).toEqual(['value-invalid-type /vorname']);
  });

  it('rejects non-objects', () => {
    for (const data of [null, 'x', 42, [], undefined]) {
      expect(validateSubmission(household(), data).errors.map((e) => e.code)).toEqual(['submission-not-object']);
    }
  });
});

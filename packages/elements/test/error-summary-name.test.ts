import { describe, expect, it } from 'vitest';
import { namePrefix } from '../src/controls/error-summary.js';

describe('error summary: the field name before its error', () => {
  it('joins a plain label with a colon', () => {
    expect(namePrefix('Vorname')).toBe('Vorname: ');
  });

  it('keeps the mark of a label that is a sentence or a question, without a colon after it', () => {
    expect(namePrefix('Ich bestätige, dass die Angaben zutreffen.')).toBe('Ich bestätige, dass die Angaben zutreffen. ');
    expect(namePrefix('Haben Sie Kinder?')).toBe('Haben Sie Kinder? ');
    expect(namePrefix('Anschrift:')).toBe('Anschrift: ');
    expect(namePrefix('Achtung! ')).toBe('Achtung! ');
  });
});

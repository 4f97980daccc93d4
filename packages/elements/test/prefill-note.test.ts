import { describe, expect, it } from 'vitest';
import { prefillNote } from '../src/controls/prefill-note.js';
import { de } from '../src/i18n/de.js';
import { en } from '../src/i18n/en.js';

describe('prefill note', () => {
  it('names a BundID account or the online ID card in words, not by source identifier', () => {
    expect(prefillNote(de, 'bundid:givenName')).toBe('Vorausgefüllt aus Ihrem BundID-Konto');
    expect(prefillNote(de, 'eid:familyNames')).toBe('Vorausgefüllt aus Ihrem Online-Ausweis');
    expect(prefillNote(en, 'bundid:email')).toBe('Prefilled from your BundID account');
    expect(prefillNote(en, 'eid:dateOfBirth')).toBe('Prefilled from your online ID card');
  });

  it('shows another source as the host named it', () => {
    expect(prefillNote(de, 'melderegister')).toBe('Vorausgefüllt (melderegister)');
    expect(prefillNote(en, 'bundidx:givenName')).toBe('Prefilled (bundidx:givenName)');
  });
});

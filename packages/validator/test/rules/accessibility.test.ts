import { describe, expect, it } from 'vitest';
import { isAutocomplete } from '../../src/rules/accessibility.js';

describe('autocomplete tokens', () => {
  it.each(['on', 'off', 'given-name', 'section-a billing postal-code', 'work email', 'mobile tel webauthn', 'BDAY'])('accepts %s', (value) => {
    expect(isAutocomplete(value)).toBe(true);
  });

  it.each(['', 'vorname', 'work given-name', 'given-name family-name', 'section- email', 'on off'])('rejects "%s"', (value) => {
    expect(isAutocomplete(value)).toBe(false);
  });
});

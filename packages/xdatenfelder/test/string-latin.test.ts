import { describe, expect, it } from 'vitest';
import { toStringLatin } from '../src/string-latin.js';

describe('toStringLatin', () => {
  it('keeps German text, the euro sign and the allowed combining pairs unchanged', () => {
    const text = 'Größe: 5 € – nein: Größe 5 €\tÄÖÜß\nM\u0302';
    const allowed = text.replace('–', '-');
    expect(toStringLatin(allowed)).toEqual({ text: allowed, changed: false });
  });

  it('replaces typographic characters by ASCII and anything else by ?', () => {
    expect(toStringLatin('„Zitat“ – ≤ 5 … ✓')).toEqual({ text: '"Zitat" - <= 5 ... ?', changed: true });
    expect(toStringLatin('A\u0301').text).toBe('A?');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fimTextAsMarkdown, markdownAsFimText } from '../src/markdown-help-text.js';

describe('fimTextAsMarkdown', () => {
  it.each([
    ['[klick](javascript:alert(1))', '\\[klick\\](javascript:alert(1))'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['<https://example.org>', '\\<https://example.org>'],
    ['**fett** und _kursiv_ und `Code`', '\\*\\*fett\\*\\* und \\_kursiv\\_ und \\`Code\\`'],
    ['&amp; &#106; Müller & Söhne', '\\&amp; \\&#106; Müller & Söhne'],
    ['C:\\Pfad', 'C:\\\\Pfad'],
    ['# Titel', '\\# Titel'],
    ['> Zitat', '\\> Zitat'],
    ['1. eins\n2) zwei', '1\\. eins\\\n2\\) zwei'],
    ['- eins\n+ zwei', '\\- eins\\\n\\+ zwei'],
    ['Titel\n===', 'Titel\\\n\\==='],
    ['~~~\nx', '\\~~~\\\nx'],
    ['Am 1. Januar 3 < 4 > 2', 'Am 1. Januar 3 < 4 > 2'],
  ])('escapes %j', (text, markdown) => expect(fimTextAsMarkdown(text)).toBe(markdown));

  it('removes line indentation, keeps paragraphs and makes line breaks hard breaks', () => {
    expect(fimTextAsMarkdown('Erste Zeile  \n      zweite Zeile\n      \n      Absatz')).toBe('Erste Zeile  \\\nzweite Zeile\n\nAbsatz');
    expect(fimTextAsMarkdown('a\r\nb')).toBe('a\\\r\nb');
  });

  it('leaves a text without syntax and line breaks as it is', () => {
    expect(fimTextAsMarkdown('Bitte geben Sie den Familiennamen an (wie im Ausweis).')).toBe('Bitte geben Sie den Familiennamen an (wie im Ausweis).');
    expect(fimTextAsMarkdown(undefined)).toBeUndefined();
  });
});

describe('markdownAsFimText', () => {
  it('undoes escapes and hard breaks', () => {
    expect(markdownAsFimText('\\[klick\\](javascript:alert(1))\\\nC:\\\\Pfad \\a')).toBe('[klick](javascript:alert(1))\nC:\\Pfad \\a');
  });

  it('round-trips every FIM text up to the white space normalised on import (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('[', ']', '(', ')', '<', '>', '#', '!', '-', '+', '=', '~', '*', '_', '`', '\\', '&', '&amp;', '&#1;', '1.', '2)', ' ', '\n', '\n\n', '\r\n', 'a', 'Text', 'ä'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const normalised = pieces.join('').replace(/^[ \t]+/gm, '');
      expect(markdownAsFimText(fimTextAsMarkdown(normalised))).toBe(normalised);
    }), { numRuns: 2_000 });
  });
});

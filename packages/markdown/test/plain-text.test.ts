import { describe, expect, it } from 'vitest';
import { isPlainText, plainTextTree } from '../src/index.js';

const paragraph = (value: string) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value }] });

describe('isPlainText', () => {
  it.each([
    'Bitte geben Sie Ihren Familiennamen an.',
    'Die Angabe erfolgt in Euro (z. B. 12,50).\nSie ist freiwillig.',
    'Am 1. Januar 2025 – siehe § 3 Abs. 2 BMG: 50 % Ermäßigung!',
    'Müller & Söhne',
    'Erste Zeile\\\nzweite Zeile',
    'Escaped: \\[klick\\](javascript:alert(1)) \\*x\\* \\<b> \\&amp; C:\\\\Pfad\\\n\\- Punkt\\\n1\\. Punkt',
  ])('holds for %j', (text) => expect(isPlainText(text)).toBe(true));

  it.each([
    'Das ist **wichtig**', 'snake_case', '[klick](javascript:alert(1))', '<b>x</b>', 'a\\*b\\', '`code`', '&amp;', 'a\\b',
    '# Titel', '- Punkt', '+ Punkt', '1. Punkt', '2) Punkt', '> Zitat', 'Titel\n===', '~~~', '    Code',
    '\tCode', 'Zeile  \numbruch', 'x\0y', 'x\fy', 'Ende\\', 'Absatz\\\n\nzwei',
  ])('fails for %j', (text) => expect(isPlainText(text)).toBe(false));
});

describe('plainTextTree', () => {
  it('splits paragraphs at blank lines and trims spaces around line ends', () => {
    expect(plainTextTree('  Erste Zeile \n  zweite Zeile\n \t\n\nZweiter Absatz\n')).toEqual({ type: 'root', children: [
      paragraph('Erste Zeile\nzweite Zeile'), { type: 'text', value: '\n' }, paragraph('Zweiter Absatz')] });
  });

  it('makes a backslash at a line end a line break, as Markdown does', () => {
    expect(plainTextTree('Zeile 1\\\r\nZeile 2')).toEqual({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [
      { type: 'text', value: 'Zeile 1' }, { type: 'element', tagName: 'br', properties: {}, children: [] }, { type: 'text', value: '\n' }, { type: 'text', value: 'Zeile 2' }] }] });
  });

  it('reads backslash escapes as the character, left to right', () => {
    expect(plainTextTree('\\[klick\\](javascript:x) C:\\\\Pfad')).toEqual({ type: 'root', children: [paragraph('[klick](javascript:x) C:\\Pfad')] });
  });

  it('keeps the line endings a text has', () => {
    expect(plainTextTree('a\r\nb\rc')).toEqual({ type: 'root', children: [paragraph('a\r\nb\rc')] });
  });

  it('is empty for an empty or blank text', () => {
    expect(plainTextTree('')).toEqual({ type: 'root', children: [] });
    expect(plainTextTree(' \n\t\n')).toEqual({ type: 'root', children: [] });
  });

  it('shows syntax literally', () => {
    expect(plainTextTree('[x](javascript:alert(1))')).toEqual({ type: 'root', children: [paragraph('[x](javascript:alert(1))')] });
  });
});

import { expect, it } from 'vitest';
import { isXmlText, replaceNonXmlCharacters } from '../src/index.js';

it('replaces exactly the characters isXmlText refuses: controls, U+FFFE/FFFF, unpaired surrogates, not pairs', () => {
  const text = 'a\u0001b\uFFFEc\uD800d\uDC00e😀\t\r\n';
  expect(replaceNonXmlCharacters(text, '\uFFFD')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe😀\t\r\n');
  expect(replaceNonXmlCharacters(text, '')).toBe('abcde😀\t\r\n');
  expect(isXmlText(replaceNonXmlCharacters(text, ''))).toBe(true);
  expect(replaceNonXmlCharacters('ok', '')).toBe('ok');
});

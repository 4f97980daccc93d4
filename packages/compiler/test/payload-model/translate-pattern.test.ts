import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { patternIn } from '../../src/payload-model/field-constraints.js';

const xsd = (pattern: string) => patternIn('xsd', pattern, 'text');
const portable = (pattern: string, type: 'text' | 'text_latin' = 'text') => patternIn('portable', pattern, type);

describe('definition pattern → XSD pattern (payload.md §4)', () => {
  it.each([
    ['\\d{5}', '[0-9][0-9][0-9][0-9][0-9]'],
    ['^\\d{2}$', '[0-9][0-9]'],
    ['(?:ab|cd)+', '(ab|cd)+'],
    ['[A-Z]{2}-[0-9]+', '[A-Z][A-Z]-[0-9]+'],
    ['x{2,4}', 'xxx?x?'],
    ['x{2,}', 'xx+'],
    ['[\\d\\-]+', '[\\-0-9]+'],
    ['\\w+', '[0-9A-Z_a-z]+'],
    ['x\\$', 'x$'],
    ['a+?', 'a+'],
    ['\\u00e4', 'ä'],
    ['(?<plz>\\d{2})', '([0-9][0-9])'],
    ['([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}', '([0][1-9]|[1-9][0-9])[0-9][0-9][0-9]'],
    ['[\\p{L}--[a-z]]', undefined],
  ])('%s becomes %s', (ecma, expected) => {
    if (expected !== undefined) expect(xsd(ecma)).toBe(expected);
    else expect(xsd(ecma)).toBeDefined();
  });

  it('spells counted repetitions out: libxml2 miscounts them (`[a-zA-Z]{2}0|A` accepts `aA`)', () => {
    expect(xsd('[a-zA-Z]{2}0|A')).toBe('[A-Za-z][A-Za-z]0|A');
  });

  it('writes `.` and `\\p{…}` as explicit ranges, not in the dialect of an engine', () => {
    expect(xsd('a.b')).toBe('a[\t -\u2027\u202A-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]b');
    expect(xsd('\\p{L}')).not.toContain('\\p');
    expect(xsd('[\\p{L}--[a-z]]')).not.toMatch(/\[[^\]]*a-z/);
  });

  it.each([
    ['lookahead', '(?=a)a'],
    ['backreference', '(a)\\1'],
    ['word boundary', '\\bword'],
    ['inner anchor', 'a^b'],
    ['not a regular expression', 'Nur Ziffern ('],
    ['a v-flag-only invalid class', '[a-z-]'],
    ['a character XML cannot carry', '\\u0001'],
    ['a class of strings', '[\\q{abc}]'],
    ['a pattern the runtime does not apply', '(?=x)(a+)+'],
  ])('%s cannot be translated', (_, pattern) => {
    expect(xsd(pattern)).toBeUndefined();
    expect(portable(pattern)).toBeUndefined();
  });
});

describe('definition pattern → portable JSON Schema pattern (payload.md §4, issue #11 finding 10)', () => {
  it('uses no \\p, shorthand classes, dot or non-capturing groups', () => {
    for (const pattern of ['\\p{L}+', '[\\p{L}0-9. ]*', '\\d{5}', '\\w+\\s\\S', 'a.b', '(?:ab)+', '[^\\p{Lu}]']) {
      const translated = portable(pattern)!;
      expect(translated, pattern).toMatch(/^\^\(.*\)\$$/su);
      expect(translated, pattern).not.toMatch(/\\[pPdDwWsS]|\(\?|(?<!\\)\.(?![^[]*\])/u);
    }
  });

  it('limits classes to DIN 91379 Datentyp C on text_latin fields', () => {
    const translated = portable('[\\p{L}0-9. ]*', 'text_latin')!;
    expect(translated.length).toBeLessThan(200);
    expect(new RegExp(translated, 'u').test('Müller-Lüdenscheidt'.replace('-', ' '))).toBe(true);
  });

  it('reads the same in Python 3 `re` as in ECMAScript', () => {
    const cases: [string, string[]][] = [
      ['\\p{L}+', ['Müller', 'Ωμέγα', '中文', '123', 'a b']],
      ['[\\p{L}0-9. ]*', ['Am Markt 1.', 'a_b', '']],
      ['\\d{5}', ['12345', '١٢٣٤٥', '1234']],
      ['\\w+\\s\\S', ['ab c', 'ab\u00a0c', 'äb c']],
      ['a.b', ['a\u2028b', 'a\nb', 'axb', 'a😀b']],
      ['(0[1-9]|[1-9][0-9])[0-9]{3}', ['01234', '00123', '99999']],
      ['[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{1,63}', ['a@b.de', 'a@b', 'ä@b.de']],
    ];
    const input = cases.map(([pattern, values]) => ({ pattern: portable(pattern)!, values }));
    const script = 'import json,re,sys\nfor c in json.load(sys.stdin):\n  p=re.compile(c["pattern"])\n  print(json.dumps([p.search(v) is not None for v in c["values"]]))';
    const output = execFileSync('python3', ['-c', script], { input: JSON.stringify(input), encoding: 'utf8' }).trim().split('\n');
    input.forEach(({ pattern, values }, i) => {
      expect(JSON.parse(output[i]!), pattern).toEqual(values.map((value) => new RegExp(pattern, 'u').test(value)));
    });
    // And ECMAScript reads the translation as the runtime reads the definition pattern.
    cases.forEach(([pattern, values], i) => {
      expect(values.map((value) => new RegExp(input[i]!.pattern, 'u').test(value)), pattern).toEqual(values.map((value) => new RegExp(`^(?:${pattern})$`, 'v').test(value)));
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readPattern, type PatternReading } from '../../src/pattern/index.js';

function read(source: string): Extract<PatternReading, { ok: true }> {
  const reading = readPattern(source);
  if (!reading.ok) throw new Error(reading.error);
  return reading;
}

describe('readPattern', () => {
  it('compiles with the v flag, anchored (format.md §5.4)', () => {
    const { regexp } = read('[0-9]{5}|[A-Z]{2}');
    expect(regexp.flags).toBe('v');
    expect(regexp.test('12345')).toBe(true);
    expect(regexp.test('123456')).toBe(false);
  });

  it('rejects what the v flag rejects, with the engine message', () => {
    for (const source of ['[0-9', '[a-z-]', '(a', 'a{2,1}', 'a**']) {
      const reading = readPattern(source);
      expect(reading.ok, source).toBe(false);
      if (!reading.ok) expect(reading.error).toMatch(/Invalid regular expression/);
    }
  });

  it.each([
    ['^a', '^'],
    ['a$', '$'],
    ['(?=a)', '(?='],
    ['(?<n>a)', '(?<'],
    ['(?:ab)+', '(?:'],
    ['\\bword', '\\b'],
    ['(a)\\1', '\\1'],
    ['\\u00e4', '\\u'],
    ['\\x41', '\\x'],
    ['[a--b]', '[a--b]'],
    ['[\\p{L}&&[a-z]]', '[\\p{L}&&[a-z]]'],
    ['a*?', '*?'],
    ['\\p{Script=Latin}', '\\p{Script=Latin}'],
  ])('names %s outside the XSD subset: %s', (source, construct) => {
    expect(read(source).outsideSubset).toBe(construct);
  });

  it.each(['[0-9]{5}', '\\p{Lu}[\\p{Ll} \\-]*', '[A-Z]{2}[0-9]{2}( ?[0-9A-Z]{4}){4}', 'a\\$b', '[\\^x]', '😀+', '[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{1,63}'])(
    'reads %s inside the subset',
    (source) => {
      expect(read(source).outsideSubset).toBeUndefined();
    },
  );

  it('builds one tree: characters, sets, groups, repetitions', () => {
    expect(read('a[0-9]{2,}(b|\\.)?').tree).toEqual({
      kind: 'alternation',
      branches: [
        [
          { kind: 'character', codePoint: 0x61, source: 'a' },
          { kind: 'repeat', body: { kind: 'set', source: '[0-9]' }, min: 2, max: Infinity },
          {
            kind: 'repeat',
            min: 0,
            max: 1,
            body: { kind: 'alternation', branches: [[{ kind: 'character', codePoint: 0x62, source: 'b' }], [{ kind: 'character', codePoint: 0x2e, source: '\\.' }]] },
          },
        ],
      ],
    });
  });

  it('reads escapes as the characters they stand for, a surrogate pair as one', () => {
    const [first, second, third] = read('\\u00e4\\uD83D\\uDE00\\u{1F600}').tree.branches[0]!;
    expect([first, second, third].map((node) => (node?.kind === 'character' ? node.codePoint : undefined))).toEqual([0xe4, 0x1f600, 0x1f600]);
  });

  it('drops outer anchors but keeps inner ones as constructs no linear matcher runs', () => {
    expect(read('^a|b$').linear).toBe(true);
    expect(read('a^b').linear).toBe(false);
    expect(read('(?=a)a').linear).toBe(false);
    expect(read('[\\q{abc}]').linear).toBe(false);
  });

  it('reads deeply nested groups without recursion', () => {
    const source = `${'('.repeat(20_000)}a${')'.repeat(20_000)}`;
    expect(readPattern(source).ok).toBe(true);
  });
});

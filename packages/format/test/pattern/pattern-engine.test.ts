import { describe, expect, it } from 'vitest';
import { backtrackingBound, patternEngine, readPattern, type ReadPattern } from '../../src/pattern/index.js';

function read(source: string): ReadPattern {
  const reading = readPattern(source);
  if (!reading.ok) throw new Error(reading.error);
  return reading;
}

describe('the safety verdict', () => {
  // The shapes of issue #15 finding 2: none may reach a backtracking engine.
  it.each([
    ['((a+))+', undefined],
    ['((a|aa))+', undefined],
    ['a*a*a*a*a*a*a*b', undefined],
    ['a*a*a*a*a*a*a*b', 41],
    ['\\w*\\w*b', undefined],
    ['(a+)+b', undefined],
    ['(a*)*b', 10],
    ['(\\w+\\s?)+', undefined],
    ['(a|a)*', undefined],
    ['((ab)*)+', undefined],
    ['(x+x+)+y', undefined],
    ['([0-9]+)*', undefined],
    ['([A-Za-z]+\\s?)*', 50],
  ])('sends %s (maxLength %s) to the linear matcher', (source, maxLength) => {
    expect(patternEngine(read(source), maxLength)).toBe('linear');
  });

  it.each([
    ['[0-9]{5}', undefined],
    ['(0[1-9]|[1-9][0-9])[0-9]{3}', undefined],
    ['[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{1,63}', 254],
    ['(\\d{1,3}\\.)+', undefined],
    ['([a-z]+-)*[a-z]+', 100],
    ['(a|b)*', undefined],
    ['a+b+', undefined],
    ['(ab)+', undefined],
    ['[\\(+*\\)]+', undefined],
    ['[A-Za-z]+( [A-Za-z]+)*', undefined],
    ['\\w*\\w*b', 40],
  ])('lets the native engine check %s (maxLength %s)', (source, maxLength) => {
    expect(patternEngine(read(source), maxLength)).toBe('native');
  });

  it('counts the repetitions that can hand characters to each other', () => {
    expect(backtrackingBound(read('[0-9]+').tree).degree).toBe(1);
    expect(backtrackingBound(read('[a-z]+@[a-z]+').tree).degree).toBe(1);
    expect(backtrackingBound(read('a*a*b').tree).degree).toBe(2);
    expect(backtrackingBound(read('(a+)+').tree).degree).toBe(Infinity);
  });

  it('refuses what neither engine can check safely', () => {
    // A lookahead holds no linear matcher, and a nested repetition no backtracking one.
    expect(patternEngine(read('(?=x)(a+)+'))).toBe('none');
    // Too many states for the linear matcher: at most LINEAR_PROGRAM_LIMIT per character.
    expect(patternEngine(read('((a|b){1,100}){1,100}'))).toBe('none');
    // Groups nested deeper than any tool walks (their users recurse over the tree).
    expect(patternEngine(read(`${'('.repeat(101)}a${')'.repeat(101)}`))).toBe('none');
    expect(patternEngine(read(`${'('.repeat(100)}a${')'.repeat(100)}`))).toBe('native');
    // A lookahead in a pattern that cannot backtrack badly still runs natively.
    expect(patternEngine(read('(?=.*[0-9])[a-z0-9]+'))).toBe('native');
  });
});

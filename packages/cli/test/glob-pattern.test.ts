import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, isGlob } from '../src/glob-pattern.js';

describe('globs', () => {
  it('recognises globs', () => {
    expect(isGlob('forms/*.json')).toBe(true);
    expect(isGlob('forms/a.json')).toBe(false);
  });

  it('matches * within a directory and ** across directories', () => {
    expect(globToRegExp('forms/*.json').test('forms/a.json')).toBe(true);
    expect(globToRegExp('forms/*.json').test('forms/sub/a.json')).toBe(false);
    expect(globToRegExp('forms/**/*.json').test('forms/a.json')).toBe(true);
    expect(globToRegExp('forms/**/*.json').test('forms/x/y/a.json')).toBe(true);
    expect(globToRegExp('forms/{a,b}?.json').test('forms/b1.json')).toBe(true);
    expect(globToRegExp('forms/[!a]*.json').test('forms/a1.json')).toBe(false);
    expect(globToRegExp('a.b+c(d).json').test('a.b+c(d).json')).toBe(true);
  });

  it('walks from the static prefix', () => {
    expect(globBase('forms/**/*.json')).toBe('forms');
    expect(globBase('*.json')).toBe('.');
  });
});

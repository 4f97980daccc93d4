import { describe, expect, it } from 'vitest';
import { fixedContent, type Field } from '../src/index.js';

const field = (control: Field['control'], content?: Field['content']): Field => ({ name: 'x', label: { de: 'X' }, control, type: 'text', ...(content ? { content } : {}) });

describe('fixedContent', () => {
  it('is the German content of a hidden or locked field', () => {
    expect(fixedContent(field('hidden', { de: 'A1', en: 'B2' }))).toBe('A1');
    expect(fixedContent(field('locked', { de: '' }))).toBe('');
  });

  it('is nothing for other controls (an input default is no fixed value), for missing content and for content that is no text', () => {
    expect(fixedContent(field('input', { de: 'Vorgabe' }))).toBeUndefined();
    expect(fixedContent(field('label', { de: 'Hinweis' }))).toBeUndefined();
    expect(fixedContent(field('hidden'))).toBeUndefined();
    expect(fixedContent(field('hidden', { de: 12 } as never))).toBeUndefined();
    expect(fixedContent(undefined)).toBeUndefined();
  });
});

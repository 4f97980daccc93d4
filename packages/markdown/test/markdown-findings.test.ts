import { describe, expect, it } from 'vitest';
import { markdownFindings } from '../src/parse.js';

describe('markdownFindings', () => {
  it('finds forbidden link destinations in links, definitions and autolinks', () => {
    expect(markdownFindings('Siehe [hier](javascript:alert(1)).')).toEqual([
      { code: 'markdown-link-scheme', offset: 6, destination: 'javascript:alert(1)' }]);
    expect(markdownFindings('Siehe [hier][x].\n\n[x]: data:text/html,x')).toEqual([
      { code: 'markdown-link-scheme', offset: 18, destination: 'data:text/html,x' }]);
    expect(markdownFindings('Siehe <javascript:alert(1)>.')[0]).toMatchObject({ code: 'markdown-link-scheme' });
    expect(markdownFindings('[Formular](/formulare/antrag)')[0]).toMatchObject({ code: 'markdown-link-scheme', destination: '/formulare/antrag' });
  });

  it('allows https, http, mailto and tel', () => {
    expect(markdownFindings('[a](https://example.org) [b](http://example.org) <mailto:a@example.org> [c](tel:+49421)')).toEqual([]);
  });

  it('finds raw HTML, top-level headings and images, once per code, in document order', () => {
    expect(markdownFindings('# Titel\n\n<b>x</b> <i>y</i> ![a](https://e.org/a.png)\n\n## Zwei')).toEqual([
      { code: 'markdown-heading-level', offset: 0, depth: 1 },
      { code: 'markdown-raw-html', offset: 9 },
      { code: 'markdown-image', offset: 27 },
    ]);
    expect(markdownFindings('### Drei')).toEqual([]);
  });

  it('reports a text beyond the limits as not checked, whatever it holds', () => {
    expect(markdownFindings(`[x](javascript:alert(1)) ${'Text '.repeat(800)}`)).toEqual([
      { code: 'markdown-not-checked', offset: 0, reason: 'length' }]);
    expect(markdownFindings('1. 1. 1. 1. 1. 1. 1. 1. 1. [x](javascript:alert(1))')).toEqual([
      { code: 'markdown-not-checked', offset: 0, reason: 'nesting' }]);
    expect(markdownFindings('> > > > > > > > > x')).toEqual([{ code: 'markdown-not-checked', offset: 0, reason: 'nesting' }]);
    expect(markdownFindings(`${' '.repeat(33)}x`)).toEqual([{ code: 'markdown-not-checked', offset: 0, reason: 'nesting' }]);
  });

  it('says nothing of a plain text beyond the limits: it shows the same either way', () => {
    expect(markdownFindings('Ein langer Hinweis. '.repeat(250))).toEqual([]);
  });

  it('reads eight nested containers on a line, the most allowed', () => {
    expect(markdownFindings('> > > > > > > > [x](javascript:alert(1))')).toEqual([
      { code: 'markdown-link-scheme', offset: 16, destination: 'javascript:alert(1)' }]);
  });
});

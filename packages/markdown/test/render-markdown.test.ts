import { describe, expect, it } from 'vitest';
import type { SafeNode, SafeRoot } from '../src/index.js';
import { renderMarkdown } from '../src/parse.js';

/** The tree as compact HTML-like text, for readable expectations (escaping is not the point). */
function show(node: SafeRoot | SafeNode): string {
  if (node.type === 'text') return node.value;
  const inner = node.children.map(show).join('');
  if (node.type === 'root') return inner;
  const attributes = Object.entries(node.properties).map(([name, value]) => ` ${name}="${value}"`).join('');
  return `<${node.tagName}${attributes}>${inner}</${node.tagName}>`;
}
const render = (text: string) => show(renderMarkdown(text));

describe('renderMarkdown', () => {
  it('renders the allowed constructs', () => {
    expect(render('Geben Sie den Namen **wie im Ausweis** an, _genau_ und `so`.')).toBe(
      '<p>Geben Sie den Namen <strong>wie im Ausweis</strong> an, <em>genau</em> und <code>so</code>.</p>');
    expect(render('- eins\n- zwei')).toBe('<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>');
    expect(render('3. drei\n4. vier')).toBe('<ol start="3">\n<li>drei</li>\n<li>vier</li>\n</ol>');
    expect(render('> Zitat')).toBe('<blockquote>\n<p>Zitat</p>\n</blockquote>');
    expect(render('### Hinweis\n\n---')).toBe('<h3>Hinweis</h3>\n<hr></hr>');
    expect(render('eins\\\nzwei')).toBe('<p>eins<br></br>\nzwei</p>');
  });

  it('keeps links to https, http, mailto and tel, autolinks included', () => {
    expect(render('[§ 3 BMG](https://www.gesetze-im-internet.de/bmg/__3.html)')).toBe(
      '<p><a href="https://www.gesetze-im-internet.de/bmg/__3.html">§ 3 BMG</a></p>');
    expect(render('<mailto:amt@example.org> [Tel.](tel:+49421123) [alt](HTTP://example.org)')).toBe(
      '<p><a href="mailto:amt@example.org">mailto:amt@example.org</a> <a href="tel:+49421123">Tel.</a> <a href="http://example.org">alt</a></p>');
  });

  it.each([
    ['[hier](javascript:alert(1))', '<p>hier</p>'],
    ['[hier](JavaScript:alert(1))', '<p>hier</p>'],
    ['[hier](&#106;avascript:alert(1))', '<p>hier</p>'],
    ['[hier][x]\n\n[x]: data:text/html,<script>alert(1)</script>', '<p>hier</p>'],
    ['[Formular](/formulare/antrag)', '<p>Formular</p>'],
    ['[x](//evil.example)', '<p>x</p>'],
    ['<vbscript:msgbox>', '<p>vbscript:msgbox</p>'],
  ])('drops the link of %j and keeps its text', (text, html) => {
    expect(render(text)).toBe(html);
  });

  it('shows raw HTML as text, never as markup', () => {
    expect(render('<script>alert(1)</script> Vorname')).toBe('<p><script>alert(1)</script> Vorname</p>');
    const tree = renderMarkdown('Vorname <img src=x onerror=alert(1)>');
    expect(tree.children).toEqual([{ type: 'element', tagName: 'p', properties: {}, children: [
      { type: 'text', value: 'Vorname ' }, { type: 'text', value: '<img src=x onerror=alert(1)>' }] }]);
  });

  it('shows an image as its alternative text and a top-level heading as level 3', () => {
    expect(render('![Ausweis](https://example.org/a.png)')).toBe('<p>Ausweis</p>');
    expect(render('# Hinweis\nText')).toBe('<h3>Hinweis</h3>\n<p>Text</p>');
    expect(render('Hinweis\n---\nText')).toBe('<h3>Hinweis</h3>\n<p>Text</p>');
  });

  it('keeps code blocks as text without their language class', () => {
    expect(render('```js\nalert(1)\n```')).toBe('<pre><code>alert(1)\n</code></pre>');
  });

  it('fails closed: a text beyond the limits is shown as plain text, never as a link', () => {
    const padded = `[x](javascript:alert(1)) ${'Text '.repeat(800)}`;
    expect(render(padded)).toBe(`<p>${padded.trim()}</p>`);
    const nested = '1. 1. 1. 1. 1. 1. 1. 1. 1. [x](javascript:alert(1))';
    expect(render(nested)).toBe(`<p>${nested}</p>`);
    const quoted = '> > > > > > > > > [x](https://example.org)';
    expect(render(quoted)).toBe(`<p>${quoted}</p>`);
  });
});

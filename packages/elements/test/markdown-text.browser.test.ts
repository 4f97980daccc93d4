/// <reference types="vite/client" />
import { renderMarkdown } from '@fimforms/markdown/parse';
import { html, render } from 'lit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { markdownText } from '../src/markdown-text.js';
import { nodesOf } from '../src/markdown-nodes.js';

interface MarkdownCase {
  description: string;
  tests: { description: string; text: string; html: string }[];
}
// The language-neutral rendering cases (specs/conformance/markdown), read by Vite in the browser.
const caseFiles = import.meta.glob<MarkdownCase[]>('../../../specs/conformance/markdown/*.json', { eager: true, import: 'default' });

// Under `require-trusted-types-for 'script'` (set once the modules are loaded, so the test runner
// itself was not restricted) every string given to innerHTML and its kin throws: a renderer that
// used them would fail these tests.
beforeAll(() => {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "require-trusted-types-for 'script'";
  document.head.append(meta);
});

let container: HTMLElement;
afterEach(() => container?.remove());

// One template for every render, as a host element's would be.
const helpView = (text: string, language: 'de' | 'en' = 'de') => html`<div class="help">${markdownText(text, { language })}</div>`;

function show(text: string, language?: 'de' | 'en'): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(helpView(text, language), container);
  return container.querySelector('.help')!;
}

describe('markdownText in Chromium', () => {
  it('runs where HTML from strings is refused', () => {
    expect(() => { document.createElement('div').innerHTML = '<b>x</b>'; }).toThrow(TypeError);
  });

  it('renders a plain help text at once, as paragraphs', () => {
    const help = show('Geben Sie den Namen an.\n\nIm Ausland mit Landesvorwahl.');
    expect([...help.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Geben Sie den Namen an.', 'Im Ausland mit Landesvorwahl.']);
  });

  it('renders Markdown once the parser has arrived, with the plain text before', async () => {
    const help = show('Namen **wie im Ausweis**:\n\n- Vorname\n- Familienname');
    await vi.waitFor(() => expect(help.querySelector('strong')?.textContent).toBe('wie im Ausweis'));
    expect([...help.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Vorname', 'Familienname']);
    expect(help.textContent).not.toContain('**');
  });

  it('opens external links in a new tab, saying so, and keeps mail and phone links in place', async () => {
    const help = show('[§ 3 BMG](https://www.gesetze-im-internet.de/bmg/__3.html), [Mail](mailto:amt@example.org), [Tel.](tel:+49421)', 'en');
    await vi.waitFor(() => expect(help.querySelectorAll('a')).toHaveLength(3));
    const [external, mail, phone] = [...help.querySelectorAll('a')];
    expect(external!.getAttribute('href')).toBe('https://www.gesetze-im-internet.de/bmg/__3.html');
    expect(external!.target).toBe('_blank');
    expect(external!.rel).toBe('noopener noreferrer');
    expect(external!.textContent).toBe('§ 3 BMG (opens in a new tab)');
    for (const link of [mail!, phone!]) {
      expect(link.hasAttribute('target')).toBe(false);
      expect(link.rel).toBe('noopener noreferrer');
    }
  });

  it('opens a link to the page\'s own origin in place', () => {
    container = document.createElement('div');
    container.append(...nodesOf(renderMarkdown(`[Antrag](${location.origin}/antrag)`)));
    expect(container.querySelector('a')!.hasAttribute('target')).toBe(false);
  });

  it.each([
    ['a javascript: link', '[klick](javascript:alert(1))', 'klick'],
    ['a javascript: link padded past 4,000 characters', `[x](javascript:alert(1)) ${'Text '.repeat(800)}`, '[x](javascript:alert(1))'],
    ['a javascript: link after nine nested quotes', '> > > > > > > > > [x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['an event handler in raw HTML', '<img src=x onerror="window.__owned = 1">', '<img src=x onerror="window.__owned = 1">'],
    ['a raw HTML link', '<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)">'],
  ])('never makes %s a live link or markup', async (_name, text, shown) => {
    const help = show(text);
    // Let the parser arrive and replace the plain text, if it is going to.
    await import('../src/markdown-nodes.js');
    await new Promise((resolve) => setTimeout(resolve));
    expect(help.textContent).toContain(shown);
    expect(help.querySelectorAll('a, img, script, iframe')).toHaveLength(0);
    expect((window as { __owned?: number }).__owned).toBeUndefined();
  });

  it('builds DOM that shows every rendering conformance case as specified', () => {
    const failures: string[] = [];
    let count = 0;
    for (const [file, cases] of Object.entries(caseFiles)) {
      for (const test of cases.flatMap((c) => c.tests)) {
        count++;
        const box = document.createElement('div');
        box.append(...nodesOf(renderMarkdown(test.text)));
        // Reading innerHTML serializes; the canonical form has no new-tab additions and no line breaks between tags.
        const shown = box.innerHTML.replace(/ rel="noopener noreferrer"| target="_blank"| \(öffnet in neuem Tab\)/g, '')
          .replace(/>\n+</g, '><').replace(/<br>\n/g, '<br>');
        if (shown !== test.html) failures.push(`${file}: ${test.description}: ${shown}`);
      }
    }
    expect(count).toBeGreaterThanOrEqual(25);
    expect(failures).toEqual([]);
  });

  it('builds emphasis nested a thousand levels deep without overflowing', () => {
    const box = document.createElement('div');
    box.append(...nodesOf(renderMarkdown(`${'*'.repeat(1_999)}a${'*'.repeat(1_999)}`)));
    expect(box.textContent).toBe('a');
    expect(box.querySelectorAll('em, strong').length).toBeGreaterThanOrEqual(1_000);
  });

  it('does not rebuild an unchanged text when the host renders again', () => {
    const help = show('Ein Hinweis.');
    const paragraph = help.querySelector('p');
    render(helpView('Ein Hinweis.'), container);
    expect(container.querySelector('.help p')).toBe(paragraph);
    render(helpView('Ein anderer Hinweis.'), container);
    expect(container.querySelector('.help p')!.textContent).toBe('Ein anderer Hinweis.');
  });
});

import type { Element, Root } from 'hast';
import { expect, it } from 'vitest';
import { headingId, renderSpec, specDocuments } from '../vite/spec-documents.js';

function find(tree: Root | Element, tag: string): Element[] {
  const found: Element[] = [];
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) found.push(child);
    found.push(...find(child, tag));
  }
  return found;
}

it('lists every specs/*.md with the README first and a story id per file', () => {
  const documents = specDocuments();
  expect(documents[0]!.file).toBe('README.md');
  expect(documents.map((d) => d.file)).toContain('format.md');
  expect(new Set(documents.map((d) => d.storyId)).size).toBe(documents.length);
});

it('renders pipe tables with inline Markdown in cells and escaped pipes', () => {
  const tree = renderSpec('| a | b |\n|---|:-:|\n| `x \\| y` | [link](format.md) |\n', specDocuments());
  expect(find(tree, 'table')).toHaveLength(1);
  expect(find(tree, 'td').map((td) => td.properties['align'])).toEqual([undefined, 'center']);
  expect(find(tree, 'code')[0]!.children).toMatchObject([{ type: 'text', value: 'x | y' }]);
  expect(find(tree, 'a')[0]!.properties['href']).toMatch(/^\.\/\?path=\/story\/specification-/);
});

it('gives numbered headings the anchors the specs link to, others a slug', () => {
  expect(headingId('1. Conventions')).toBe('1');
  expect(headingId('4.3 Occurrences')).toBe('4.3');
  expect(headingId('Editor support')).toBe('editor-support');
});

it('drops raw HTML and script links and gives headings ids', () => {
  const tree = renderSpec('## 4.3 Occurrences\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n', specDocuments());
  expect(find(tree, 'h2')[0]!.properties['id']).toBe('4.3');
  expect(find(tree, 'script')).toEqual([]);
  expect(find(tree, 'a')[0]?.properties['href']).toBeUndefined();
});

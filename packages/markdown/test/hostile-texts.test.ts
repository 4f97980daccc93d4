import { describe, expect, it } from 'vitest';
import { limitExceeded, SAFE_TAG_NAMES, type SafeNode, type SafeRoot } from '../src/index.js';
import { markdownFindings, renderMarkdown } from '../src/parse.js';
import { HOSTILE_TEXTS } from './hostile-texts.js';

function hrefs(root: SafeRoot): string[] {
  const found: string[] = [];
  const stack: SafeNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') continue;
    expect(SAFE_TAG_NAMES).toContain(node.tagName);
    if (node.properties.href !== undefined) found.push(node.properties.href);
    stack.push(...node.children);
  }
  return found;
}

// A guard against a hang on a shared, loaded machine (2 cores, many processes), not a speed
// assertion: the figures are measured by bench/hostile-texts.bench.ts.
const HANG_GUARD = 60_000;

describe('hostile Markdown texts', () => {
  it.each(Object.entries(HOSTILE_TEXTS))('%s: rendered safely and checked, or refused', (_name, text) => {
    const tree = renderMarkdown(text);
    for (const href of hrefs(tree)) expect(href).toMatch(/^(?:https?|mailto|tel):/);
    const findings = markdownFindings(text);
    if (limitExceeded(text) !== undefined) {
      expect(findings.map((finding) => finding.code)).toEqual(['markdown-not-checked']);
      // Fail closed: the text is shown as it is written, one paragraph per block of lines.
      expect(tree.children.every((node) => node.type === 'text' || (node.tagName === 'p' && node.children.length === 1))).toBe(true);
    }
  }, HANG_GUARD);

  it('no javascript: link is ever live, whether the text is read as Markdown or not', () => {
    const carriers = Object.entries(HOSTILE_TEXTS).filter(([name]) => name.includes('javascript'));
    expect(carriers.length).toBeGreaterThanOrEqual(3);
    for (const [, text] of carriers) {
      expect(hrefs(renderMarkdown(text))).toEqual([]);
      expect(JSON.stringify(renderMarkdown(text))).toContain('javascript:alert(1)'); // shown as text
    }
  }, HANG_GUARD);
});

describe('the hostile corpus', () => {
  it('holds its within-limits texts within the limits, so they measure the worst the parser is given', () => {
    const within = Object.entries(HOSTILE_TEXTS).filter(([name]) => !/past|after nine/.test(name));
    expect(within.filter(([, text]) => limitExceeded(text) !== undefined).map(([name]) => name)).toEqual([]);
  });
});

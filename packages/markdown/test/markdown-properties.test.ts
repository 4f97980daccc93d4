import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedLinkDestination, isPlainText, limitExceeded, mayHoldFinding, plainTextTree, SAFE_TAG_NAMES } from '../src/index.js';
import type { SafeNode, SafeRoot } from '../src/index.js';
import { findingsInTree } from '../src/markdown-findings.js';
import { parseMarkdown } from '../src/parse-markdown.js';
import { renderMarkdown, renderWithParser } from '../src/render-markdown.js';

// Fragments that meet in hostile and in ordinary texts: link syntax, schemes in many spellings,
// HTML, entities, block markers, whitespace of every kind CommonMark treats specially.
const FRAGMENTS = [
  '[', ']', '(', ')', '<', '>', '!', '"', "'", ':', '*', '_', '`', '#', '-', '+', '=', '~', '\\', '&', ';', '.',
  ' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', '\r', '\0', '\f', '1.', '2)', 'Text', 'ä', 'x',
  'javascript:', 'JaVaScRiPt:', ' javascript:', 'java\tscript:', 'vbscript:', 'data:text/html,', '&#106;avascript:',
  '&#x6A;', '&colon;', '%6A', 'https://example.org', 'HTTPS://example.org', 'http:', 'mailto:a@example.org', 'tel:+49',
  '//evil.example', '/relativ', '<script>', '</script>', '<a href="javascript:x">', '</a>', '<img src=x onerror=alert(1)>',
  '<iframe src=x>', '<form>', 'style="x"', 'onclick=', '<!-- c -->', '<?php ?>', '<![CDATA[x]]>', '<!DOCTYPE html>',
  '[x]: ', '](', '][', '![', '```', '> ', '- ', '1. ', '# ', '### ', '---', '===',
];
const markdownish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const plainish = fc.array(fc.constantFrom('\\\n', ' \\\n', '\\', '\\*', '\\-', '\\\\', '\\[', '\\<', '\\&', '&', '\\`', '1\\.', '\\#', '\\>', 'Text', 'Straße', ' ', '  ', '\t', '\n', '\n\n', '\r\n', ' \n', '12', '1', '.', ',', '(', ')', ':', '?', '%', '§', '/', '"', '\u00a0', '-', 'x'), { maxLength: 40 })
  .map((parts) => parts.join(''));

// A guard against a hang on a shared, loaded machine, not a speed assertion.
const PROPERTY_TIMEOUT = 60_000;

function* nodes(root: SafeRoot): Generator<SafeNode | SafeRoot> {
  const stack: (SafeNode | SafeRoot)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (node.type !== 'text') stack.push(...node.children);
  }
}

/** Every way a tree could be unsafe; empty for a safe tree. */
function unsafeParts(root: SafeRoot): string[] {
  const problems: string[] = [];
  for (const node of nodes(root)) {
    if (node.type === 'root' || node.type === 'text') continue;
    if ((node.type as string) !== 'element') problems.push(`node type ${node.type as string}`);
    if (!SAFE_TAG_NAMES.includes(node.tagName)) problems.push(`element ${node.tagName}`);
    for (const [name, value] of Object.entries(node.properties)) {
      const allowed = (node.tagName === 'a' && name === 'href') || (node.tagName === 'ol' && name === 'start');
      if (!allowed) problems.push(`property ${name} on ${node.tagName}`);
      if (name === 'href' && !(typeof value === 'string' && /^(?:https?|mailto|tel):/.test(value))) problems.push(`href ${String(value)}`);
    }
    if (node.tagName === 'a' && node.properties.href === undefined) problems.push('a without href');
  }
  return problems;
}

describe('properties of the restricted Markdown', () => {
  it('no text renders to a forbidden scheme, raw HTML or an attribute outside the schema', () => {
    fc.assert(fc.property(markdownish, (text) => {
      expect(unsafeParts(renderMarkdown(text))).toEqual([]);
      expect(unsafeParts(renderWithParser(text))).toEqual([]);
    }), { numRuns: 1_000 });
  }, PROPERTY_TIMEOUT);

  it('a plain text renders through the fast path exactly as through the parser', () => {
    fc.assert(fc.property(fc.oneof(plainish, markdownish), (text) => {
      fc.pre(isPlainText(text));
      expect(plainTextTree(text)).toEqual(renderWithParser(text));
    }), { numRuns: 1_000 });
  }, PROPERTY_TIMEOUT);

  it('a text that cannot hold a finding has none', () => {
    fc.assert(fc.property(markdownish, (text) => {
      fc.pre(limitExceeded(text) === undefined && !mayHoldFinding(text));
      expect(findingsInTree(parseMarkdown(text)!)).toEqual([]);
    }), { numRuns: 1_000 });
  }, PROPERTY_TIMEOUT);

  it('a link the renderer keeps is one the checker allows, and a forbidden one is reported', () => {
    fc.assert(fc.property(markdownish, (text) => {
      const tree = parseMarkdown(text);
      fc.pre(tree !== undefined);
      const reported = findingsInTree(tree!).some((finding) => finding.code === 'markdown-link-scheme');
      const urls: string[] = [];
      const stack = [tree!] as { type: string; url?: string; children?: unknown[] }[];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) urls.push(node.url);
        if (node.children) stack.push(...(node.children as typeof stack));
      }
      expect(reported).toBe(urls.some((url) => !isAllowedLinkDestination(url)));
    }), { numRuns: 1_000 });
  }, PROPERTY_TIMEOUT);
});

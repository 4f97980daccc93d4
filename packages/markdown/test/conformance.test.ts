import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SafeNode, SafeRoot } from '../src/index.js';
import { markdownFindings, renderMarkdown } from '../src/parse.js';

interface MarkdownCase {
  description: string;
  tests: { description: string; text: string; html: string; diagnostics: { code: string; severity?: string }[] }[];
}

const require = createRequire(import.meta.url);
const directory = path.join(path.dirname(require.resolve('@fimforms/specs/package.json')), 'conformance', 'markdown');
const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
const SEVERITY: Record<string, string> = { 'markdown-link-scheme': 'error' };

// The canonical serialization of specs/schemas/markdown-cases.schema.json.
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function serialize(node: SafeRoot | SafeNode): string {
  if (node.type === 'text') return escapeText(node.value);
  const inner = node.children.map(serialize).join('');
  if (node.type === 'root') return inner;
  if (node.tagName === 'br' || node.tagName === 'hr') return `<${node.tagName}>`;
  const attributes = (['href', 'start'] as const).filter((name) => node.properties[name] !== undefined)
    .map((name) => ` ${name}="${escapeText(String(node.properties[name])).replace(/"/g, '&quot;')}"`).join('');
  return `<${node.tagName}${attributes}>${inner}</${node.tagName}>`;
}
const canonical = (html: string) => html.replace(/>\n+</g, '><').replace(/<br>\n/g, '<br>');

describe.each(files)('%s', (file) => {
  const cases = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as MarkdownCase[];
  for (const conformanceCase of cases) {
    describe(conformanceCase.description, () => {
      for (const test of conformanceCase.tests) {
        it(test.description, () => {
          expect(canonical(serialize(renderMarkdown(test.text)))).toBe(test.html);
          const found = markdownFindings(test.text).map((finding) => ({ code: finding.code, severity: SEVERITY[finding.code] ?? 'warning' }));
          expect(found.sort((a, b) => a.code.localeCompare(b.code))).toEqual(
            test.diagnostics.map((d) => ({ code: d.code, severity: d.severity ?? SEVERITY[d.code] ?? 'warning' })).sort((a, b) => a.code.localeCompare(b.code)));
        });
      }
    });
  }
});

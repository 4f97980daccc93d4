import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toId } from 'storybook/internal/csf';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { gfmTables } from './gfm-tables.js';

/** The specification folder of the repository (stories/vite → ../../specs). */
export const SPECS_DIR = path.resolve(import.meta.dirname, '..', '..', 'specs');

/** One specification page: its file, its sidebar title, its story id and its sanitized HTML tree. */
export interface SpecDocument {
  file: string;
  title: string;
  storyId: string;
}

/** Every `specs/*.md`, README first: new specification files appear in the catalogue by themselves. */
export function specDocuments(): SpecDocument[] {
  return readdirSync(SPECS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort((a, b) => (a === 'README.md' ? -1 : b === 'README.md' ? 1 : a.localeCompare(b)))
    .map((file) => {
      const title = `Specification/${pageName(file, readFileSync(path.join(SPECS_DIR, file), 'utf8'))}`;
      return { file, title, storyId: toId(title, 'Document') };
    });
}

/** The first level-1 heading, else the file name: what the sidebar shows. */
function pageName(file: string, markdown: string): string {
  if (file === 'README.md') return 'Overview';
  const heading = /^# (.+)$/m.exec(markdown)?.[1]?.trim();
  return (heading ?? file).replaceAll('`', '').replaceAll('/', '∕');
}

const schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: { ...defaultSchema.attributes, code: [['className', /^language-./]], td: ['align'], th: ['align'] },
};

/** Markdown → sanitized hast: remark-parse, pipe tables, remark-rehype, rehype-sanitize, heading anchors. */
export function renderSpec(markdown: string, documents: readonly SpecDocument[]): Root {
  const processor = unified().use(remarkParse).use(gfmTables).use(remarkRehype).use(rehypeSanitize, schema as never);
  const tree = processor.runSync(processor.parse(markdown), markdown) as Root;
  decorate(tree, documents);
  return tree;
}

/** Gives headings anchor ids and points links between spec files at their catalogue pages. */
function decorate(node: Root | Element, documents: readonly SpecDocument[]): void {
  for (const child of node.children as ElementContent[]) {
    // Source positions would only bloat the catalogue's bundle.
    delete child.position;
    if (child.type !== 'element') continue;
    if (/^h[1-6]$/.test(child.tagName)) child.properties['id'] = headingId(textOf(child));
    if (child.tagName === 'a') retarget(child, documents);
    decorate(child, documents);
  }
}

function retarget(link: Element, documents: readonly SpecDocument[]): void {
  const href = String(link.properties['href'] ?? '');
  const match = /^(?:\.\/)?([\w-]+\.md)(?:#(.*))?$/.exec(href);
  const target = match && documents.find((d) => d.file === match[1]);
  if (target) {
    link.properties['href'] = `./?path=/story/${target.storyId}`;
    link.properties['target'] = '_top';
  } else if (/^https?:/.test(href)) {
    link.properties['rel'] = ['noopener'];
  }
}

/**
 * `### 4.3 Occurrences` → `4.3`, `## 1. Conventions` → `1`: the anchors the specs cite
 * (`format.md#4.3`, `[§12](#12)`); a heading without a number gets a slug.
 */
export function headingId(text: string): string {
  const numbered = /^(\d+(?:\.\d+)*)\.?\s/.exec(text.trim());
  if (numbered) return numbered[1]!;
  return text.toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, '-').replace(/^-+|-+$/g, '');
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

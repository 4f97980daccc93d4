import type { Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { VFile } from 'vfile';

type Align = Table['align'];

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * GitHub-style pipe tables for remark. The specs are full of tables, and remark-gfm is not among
 * the project's dependencies: CommonMark reads a table as one paragraph, so this plugin turns every
 * such paragraph back into an mdast table (mdast-util-to-hast already renders tables). Cells are
 * parsed as inline Markdown with the same parser; `\|` is a literal pipe, as in GFM.
 */
export function gfmTables() {
  return (tree: Root, file: VFile) => {
    replaceTables(tree.children, String(file.value));
  };
}

function replaceTables(children: RootContent[], source: string): void {
  children.forEach((node, index) => {
    if (node.type === 'paragraph') {
      const table = tableOf(node, source);
      if (table) children[index] = table;
    } else if ('children' in node && (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')) {
      replaceTables(node.children as RootContent[], source);
    }
  });
}

function tableOf(paragraph: Paragraph, source: string): Table | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const lines = source.slice(start, end).split('\n');
  const [header, delimiter, ...body] = lines;
  if (header === undefined || delimiter === undefined || !header.trim().startsWith('|') || !DELIMITER_ROW.test(delimiter)) return undefined;
  const align = splitCells(delimiter).map(alignmentOf);
  const rows = [header, ...body].map((line): TableRow => ({
    type: 'tableRow',
    children: splitCells(line).map((text): TableCell => ({ type: 'tableCell', children: inlineContent(text) })),
  }));
  return { type: 'table', align, children: rows };
}

/** Splits a table line on pipes that are not escaped; drops the empty cells outside the outer pipes. */
function splitCells(line: string): string[] {
  const cells = line.trim().split(/(?<!\\)\|/);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.at(-1)?.trim() === '') cells.pop();
  return cells.map((cell) => cell.trim().replaceAll('\\|', '|'));
}

function alignmentOf(cell: string): NonNullable<Align>[number] {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
}

function inlineContent(text: string): PhrasingContent[] {
  const first = fromMarkdown(text).children[0];
  return first?.type === 'paragraph' ? first.children : text ? [{ type: 'text', value: text }] : [];
}

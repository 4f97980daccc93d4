/** A deterministic pseudo-random source (a linear congruential generator), so failures reproduce. */
export function seededRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % below;
  };
}

/** What the real-data mutations do to one element. */
export type MutationKind = 'remove' | 'empty' | 'duplicate' | 'odd-text' | 'odd-code' | 'remove-block' | 'duplicate-block';

/** Texts real exports get wrong: not a number, negative, huge, a cardinality, a control character, blank. */
const ODD_TEXTS = ['x', '-1', '99999999999999999999', '1:*', 'ä\u0001', '0', ' ', 'F60000000001', '&lt;b&gt;'];

/** Elements whose removal or duplication changes a schema's shape, not just one value. */
const BLOCKS = /<([\w.-]+:)?(struktur|datenfeld|datenfeldgruppe|enthaelt|regel|bezug|identifikation|codelisteReferenz|werte|wert|relation|header|stichwort|praezisierung)[\s>]/g;

/**
 * One mutation of an XML text, the way real exports are broken: a leaf element removed,
 * emptied, doubled or given an odd text, a code-list value replaced by a code no list has, or a
 * whole structural element removed or doubled.
 * Returns undefined when the text offers nothing to mutate.
 */
export function mutateXml(xml: string, random: (below: number) => number): { kind: MutationKind; element: string; xml: string } | undefined {
  const kind = (['remove', 'empty', 'duplicate', 'odd-text', 'odd-code', 'remove-block', 'duplicate-block'] as const)[random(7)]!;
  if (kind === 'odd-code') return mutateCode(xml, random);
  return kind.endsWith('block') ? mutateBlock(xml, kind, random) : mutateLeaf(xml, kind, random);
}

/** Codes real exports get wrong: a Feldart from another tool, a lower-case kind, a number, a word. */
const ODD_CODES = ['radio', 'rng', '9', 'string', 'immer', 'Y', ''];

// A code-list value (`<code>` of feldart, datentyp, vorbefuellung, schemaelementart, …) replaced.
function mutateCode(xml: string, random: (below: number) => number): ReturnType<typeof mutateXml> {
  const codes = [...xml.matchAll(/<code>([^<]*)<\/code>/g)];
  const code = codes[random(codes.length)];
  if (!code) return undefined;
  const owner = /<(?:[\w.-]+:)?([\w.-]+)[^<>]*>\s*$/.exec(xml.slice(Math.max(0, code.index - 200), code.index))?.[1] ?? 'code';
  const replacement = `<code>${ODD_CODES[random(ODD_CODES.length)]}</code>`;
  return { kind: 'odd-code', element: owner, xml: xml.slice(0, code.index) + replacement + xml.slice(code.index + code[0].length) };
}

function mutateLeaf(xml: string, kind: MutationKind, random: (below: number) => number): ReturnType<typeof mutateXml> {
  const leaves = [...xml.matchAll(/<([\w.-]+:)?([\w.-]+)(\s[^>]*)?>([^<]*)<\/\1?\2>/g)];
  const leaf = leaves[random(leaves.length)];
  if (!leaf) return undefined;
  const [whole, , local, , text] = leaf;
  const at = leaf.index;
  const replacement =
    kind === 'remove' ? '' : kind === 'duplicate' ? whole + whole : whole.replace(`>${text}<`, kind === 'empty' ? '><' : `>${ODD_TEXTS[random(ODD_TEXTS.length)]}<`);
  return { kind, element: local!, xml: xml.slice(0, at) + replacement + xml.slice(at + whole.length) };
}

function mutateBlock(xml: string, kind: MutationKind, random: (below: number) => number): ReturnType<typeof mutateXml> {
  const starts = [...xml.matchAll(BLOCKS)];
  const start = starts[random(starts.length)];
  if (!start) return undefined;
  const end = endOfElement(xml, start.index, `${start[1] ?? ''}${start[2]}`);
  if (end === undefined) return undefined;
  const block = xml.slice(start.index, end);
  const mutated = kind === 'remove-block' ? xml.slice(0, start.index) + xml.slice(end) : xml.slice(0, end) + block + xml.slice(end);
  return { kind, element: start[2]!, xml: mutated };
}

/** The offset after the end tag matching the start tag at `from` (self-closing tags included). */
function endOfElement(xml: string, from: number, qualifiedName: string): number | undefined {
  const tag = new RegExp(`<(/?)${qualifiedName.replaceAll('.', '\\.')}(?=[\\s>/])[^>]*?(/?)>`, 'g');
  tag.lastIndex = from;
  let depth = 0;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    if (match[2] === '/') {
      if (depth === 0) return match.index + match[0].length;
      continue;
    }
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return undefined;
}

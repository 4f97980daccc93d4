import { characterRanges, type TextRepertoire } from './character-ranges.js';
import { patternMatcher } from './pattern-matcher.js';
import type { PatternAlternation, PatternNode } from './pattern-tree.js';
import { readPattern } from './read-pattern.js';

// Characters tried first for a class: readable example data.
const PREFERRED = [...'aA1zZ09 -_.@+/:,xXbcBC', ...'äöüÄÖÜß'];
const GENERIC = ['1', '12345', 'A', 'a', 'Beispiel', 'beispiel@example.org', 'DE02120300000000202051'];
const MAX_CANDIDATE = 1000;

/**
 * A short value that matches a pattern and has at least `minLength` characters where one is
 * found, else any match, or undefined (specs/payload.md §7). Built from the pattern's tree — first
 * alternative, few repetitions, a readable character of each class — and checked with the same
 * matcher the runtime uses, so no candidate can hang it; a few generic values are the fallback.
 */
export function patternExample(source: string, minLength = 0, repertoire: TextRepertoire = 'xml'): string | undefined {
  const reading = readPattern(source);
  const check = patternMatcher(source, MAX_CANDIDATE);
  if (!reading.ok || !check.ok) return undefined;
  const candidates: string[] = [];
  for (const extra of [0, 1, 2, 4, 8]) {
    const built = build(reading.tree, extra, repertoire);
    if (built !== undefined) candidates.push(built);
  }
  candidates.push(...GENERIC);
  const testable = candidates.filter((candidate) => [...candidate].length <= MAX_CANDIDATE && check.matcher.test(candidate));
  return testable.find((candidate) => [...candidate].length >= minLength) ?? testable[0];
}

function build(tree: PatternAlternation, extra: number, repertoire: TextRepertoire): string | undefined {
  let out = '';
  for (const item of tree.branches[0]!) {
    const part = node(item, extra, repertoire);
    if (part === undefined) return undefined;
    out += part;
  }
  return out;
}

function node(item: PatternNode, extra: number, repertoire: TextRepertoire): string | undefined {
  switch (item.kind) {
    case 'character':
      return String.fromCodePoint(item.codePoint);
    case 'set':
      return setExample(item.source, repertoire);
    case 'alternation':
      return build(item, extra, repertoire);
    case 'repeat': {
      const count = Math.min(item.max, item.min + (item.max > item.min ? extra : 0), MAX_CANDIDATE);
      const body = node(item.body, extra, repertoire);
      return body === undefined ? undefined : body.repeat(count);
    }
    case 'unsupported':
      return item.body ? '' : undefined;
  }
}

function setExample(source: string, repertoire: TextRepertoire): string | undefined {
  const set = new RegExp(`^(?:${source})$`, 'v');
  const preferred = PREFERRED.find((char) => set.test(char));
  if (preferred !== undefined) return preferred;
  const first = characterRanges(source, repertoire)?.[0];
  return first ? String.fromCodePoint(first[0]) : undefined;
}

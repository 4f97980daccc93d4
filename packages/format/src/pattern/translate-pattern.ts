import { characterRanges, repertoireRanges, type CodePointRanges, type TextRepertoire } from './character-ranges.js';
import type { PatternAlternation, PatternNode } from './pattern-tree.js';
import { MAX_PATTERN_DEPTH, type ReadPattern } from './read-pattern.js';

/**
 * The regular-expression dialects a pattern is translated to (specs/payload.md §4):
 * - `xsd`: an XSD 1.0 `pattern` facet (implicitly anchored);
 * - `portable`: the subset the JSON Schema specification recommends for interoperability (literals,
 *   classes with ranges, groups, alternation, greedy quantifiers, `^` and `$`), anchored as `^(…)$`.
 *   No `\p{…}`, `\d`, `\w`, `\s`, `(?:` or `.`: Python's `re`, Java and .NET read it as ECMAScript does.
 */
export type PatternDialect = 'xsd' | 'portable';

/**
 * A pattern with the same meaning in `dialect` for values of `repertoire`, or undefined when the
 * dialect cannot say it (lookaround, back-references, `\b`, inner anchors, classes of strings,
 * a class without any character of the repertoire). Every class is written as explicit ranges of
 * the repertoire's characters, so no engine's Unicode tables or class shorthands come into play.
 */
export function translatePattern(reading: ReadPattern, dialect: PatternDialect, repertoire: TextRepertoire): string | undefined {
  if (reading.depth > MAX_PATTERN_DEPTH) return undefined;
  const writer = new Writer(dialect, repertoire);
  const body = writer.alternation(reading.tree);
  if (body === undefined) return undefined;
  return dialect === 'xsd' ? body : `^(${body})$`;
}

// Characters with a meaning outside classes; XSD has no `^`/`$` anchors, so there they are plain.
const META_OUTSIDE: Record<PatternDialect, string> = { xsd: '\\|.?*+(){}[]', portable: '\\^$|.?*+(){}[]' };
// Inside classes; each is written as `\c`, which both XSD (SingleCharEsc) and every ECMAScript-like engine know.
const META_INSIDE = '\\[]^-';

class Writer {
  readonly #dialect: PatternDialect;
  readonly #repertoire: TextRepertoire;

  constructor(dialect: PatternDialect, repertoire: TextRepertoire) {
    this.#dialect = dialect;
    this.#repertoire = repertoire;
  }

  alternation(node: PatternAlternation): string | undefined {
    const branches: string[] = [];
    for (const branch of node.branches) {
      let text = '';
      for (const item of branch) {
        const written = this.#node(item);
        if (written === undefined) return undefined;
        text += written;
      }
      branches.push(text);
    }
    return branches.join('|');
  }

  #node(node: PatternNode): string | undefined {
    switch (node.kind) {
      case 'character':
        return this.#character(node.codePoint);
      case 'set': {
        const ranges = characterRanges(node.source, this.#repertoire);
        return ranges.length === 0 ? undefined : classText(ranges);
      }
      case 'alternation': {
        const inner = this.alternation(node);
        return inner === undefined ? undefined : `(${inner})`;
      }
      case 'repeat': {
        const body = this.#node(node.body);
        if (body === undefined) return undefined;
        // Every translation of a node is one atom: a character, a class or a parenthesised group.
        return `${body}${quantifier(node.min, node.max)}`;
      }
      case 'unsupported':
        return undefined;
    }
  }

  // A character outside the repertoire can never occur in a value: it stands for nothing.
  #character(codePoint: number): string | undefined {
    if (!inRanges(repertoireRanges(this.#repertoire), codePoint)) return undefined;
    const char = String.fromCodePoint(codePoint);
    return META_OUTSIDE[this.#dialect].includes(char) ? `\\${char}` : char;
  }
}

function quantifier(min: number, max: number): string {
  if (min === 0 && max === Infinity) return '*';
  if (min === 1 && max === Infinity) return '+';
  if (min === 0 && max === 1) return '?';
  if (min === max) return `{${min}}`;
  return `{${min},${max === Infinity ? '' : max}}`;
}

function classText(ranges: CodePointRanges): string {
  let text = '';
  for (const [from, to] of ranges) {
    text += classCharacter(from);
    if (to > from) text += `${to > from + 1 ? '-' : ''}${classCharacter(to)}`;
  }
  return `[${text}]`;
}

function classCharacter(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  return META_INSIDE.includes(char) ? `\\${char}` : char;
}

function inRanges(ranges: CodePointRanges, codePoint: number): boolean {
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

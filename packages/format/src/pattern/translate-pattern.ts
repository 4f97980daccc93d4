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
 * properties other than General_Category values, a class without any character of the repertoire). Every class is written as explicit ranges of
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
        return ranges === undefined || ranges.length === 0 ? undefined : classText(ranges);
      }
      case 'alternation': {
        const inner = this.alternation(node);
        return inner === undefined ? undefined : `(${inner})`;
      }
      case 'repeat': {
        const body = this.#node(node.body);
        if (body === undefined) return undefined;
        // Every translation of a node is one atom: a character, a class or a parenthesised group.
        if (this.#dialect === 'xsd') return countersWritten(body, node.min, node.max);
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

// libxml2 miscounts counted repetitions: `[a-zA-Z]{2}0|A` accepts `aA`, `([a-zA-Z]{2}0|A)+` too.
// XSD patterns therefore spell counts out (`x{2,4}` → `xxx?x?`), up to this many characters.
const SPELLED_OUT_LIMIT = 20_000;

function countersWritten(atom: string, min: number, max: number): string {
  if (min === 1 && max === 1) return atom;
  const optional = max === Infinity ? 0 : max - min;
  const simple = min <= 1 && (max === 1 || max === Infinity);
  if (simple || (atom.length + 1) * (min + optional) > SPELLED_OUT_LIMIT) return `${atom}${quantifier(min, max)}`;
  if (max === Infinity) return `${atom.repeat(min - 1)}${atom}+`;
  // Flat optional copies, not nested groups: libxml2 refuses patterns nested some 60 groups deep,
  // and an automaton reads `x?x?` without the backtracking that makes it costly elsewhere.
  return atom.repeat(min) + `${atom}?`.repeat(optional);
}

function quantifier(min: number, max: number): string {
  if (min === 0 && max === Infinity) return '*';
  if (min === 1 && max === Infinity) return '+';
  if (min === 0 && max === 1) return '?';
  if (min === max) return `{${min}}`;
  return `{${min},${max === Infinity ? '' : max}}`;
}

// libxml2 does not read an escaped character as the end of a range (`[\\[-`]` fails on `_`):
// escaped characters at either end are written singly, and the range starts and ends plainly.
function classText(ranges: CodePointRanges): string {
  let text = '';
  for (let [from, to] of ranges) {
    while (from <= to && META_INSIDE.includes(String.fromCodePoint(from))) text += classCharacter(from++);
    let tail = '';
    while (to >= from && META_INSIDE.includes(String.fromCodePoint(to))) tail = classCharacter(to--) + tail;
    if (from <= to) text += classCharacter(from);
    if (to > from) text += `${to > from + 1 ? '-' : ''}${classCharacter(to)}`;
    text += tail;
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

import type { PatternAlternation, PatternNode } from './pattern-tree.js';

/**
 * A pattern read once: compiled as the format defines it (specs/format.md §5.4: the value matches
 * iff `new RegExp("^(?:" + p + ")$", "v").test(value)`), then parsed into a {@link PatternAlternation}.
 */
export type PatternReading = ReadPattern | InvalidPattern;

export interface ReadPattern {
  ok: true;
  source: string;
  /** The native matcher, with the format's one flag semantics (`v`, anchored). */
  regexp: RegExp;
  tree: PatternAlternation;
  /** The first construct outside the XSD-compatible subset (format.md §5.4), e.g. `^`, `(?:`, `\u`. */
  outsideSubset: string | undefined;
  /** False when the tree holds a construct only a backtracking engine can run (lookaround, `\1`, `\b`, …). */
  linear: boolean;
  /** How deeply groups nest; beyond {@link MAX_PATTERN_DEPTH} no tool walks the tree (format.md §5.4). */
  depth: number;
}

/** The deepest group nesting any tool works on: the tree is walked recursively by its users. */
export const MAX_PATTERN_DEPTH = 100;

export interface InvalidPattern {
  ok: false;
  source: string;
  /** The engine's message (English, as the engine words it). */
  error: string;
}

/** Reads a field pattern (format.md §5.4). Memoised: real forms repeat the same few patterns. */
export function readPattern(source: string): PatternReading {
  let reading = cache.get(source);
  if (reading === undefined) {
    reading = read(source);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(source, reading);
  }
  return reading;
}

const CACHE_SIZE = 512;
const cache = new Map<string, PatternReading>();

function read(source: string): PatternReading {
  let regexp: RegExp;
  try {
    regexp = new RegExp(`^(?:${source})$`, 'v');
  } catch (thrown) {
    return { ok: false, source, error: thrown instanceof Error ? thrown.message : String(thrown) };
  }
  return { ok: true, source, regexp, ...parse(source) };
}

// Properties of strings (v flag): a `\p{…}` that may match several characters.
const STRINGS = /\\q\{|\\p\{(Basic_Emoji|Emoji_Keycap_Sequence|RGI_Emoji)/;
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };

/**
 * Parses a pattern the engine has accepted with the `v` flag, iteratively over groups. Written
 * as one function with local helpers: it ships to browsers, where every byte counts.
 */
function parse(source: string): { tree: PatternAlternation; outsideSubset: string | undefined; linear: boolean; depth: number } {
  const tree: PatternAlternation = { kind: 'alternation', branches: [[]] };
  const stack: PatternAlternation[] = [tree];
  let i = 0;
  let outsideSubset: string | undefined;
  let linear = true;
  let depth = 0;
  const note = (construct: string) => void (outsideSubset ??= construct);
  const unsupported = (text: string, body?: PatternAlternation): PatternNode => {
    note(text);
    linear = false;
    return { kind: 'unsupported', source: text, ...(body && { body }) };
  };
  const take = (pattern: RegExp): string => {
    const text = pattern.exec(source.slice(i))?.[0] ?? '';
    i += text.length;
    return text;
  };

  while (i < source.length) {
    const group = stack[stack.length - 1]!;
    const branch = group.branches[group.branches.length - 1]!;
    const start = i;
    const c = source[i++]!;
    if (c === ')') stack.pop();
    else if (c === '|') group.branches.push([]);
    else if (c === '(') {
      const body: PatternAlternation = { kind: 'alternation', branches: [[]] };
      const prefix = take(/^\?(<[=!]|[=!:]|<[^>]*>|[-a-z]*:)/);
      const plainGroup = prefix === '' || prefix === '?:' || /^\?<[^=!]/.test(prefix);
      if (prefix) note(`(${prefix.slice(0, 2)}`);
      // Lookaround and modifier groups.
      branch.push(plainGroup ? body : unsupported(`(${prefix}`, body));
      stack.push(body);
      depth = Math.max(depth, stack.length - 1);
    } else if ('*+?{'.includes(c)) {
      i--;
      const m = /^(?:([*+?])|\{(\d+)(,(\d*))?\})(\?)?/.exec(source.slice(i))!;
      i += m[0].length;
      if (m[5]) note(m[0]);
      const min = m[1] === '+' ? 1 : m[1] ? 0 : Number(m[2]);
      const max = m[1] === '?' ? 1 : m[1] ? Infinity : m[3] === undefined ? min : m[4] === '' ? Infinity : Number(m[4]);
      branch.push({ kind: 'repeat', body: branch.pop()!, min, max });
    } else if (c === '[') {
      for (let depth = 1; depth > 0 && i < source.length; i++) {
        const d = source[i];
        if (d === '\\') i++;
        else if (d === '[') depth++;
        else if (d === ']') depth--;
      }
      const text = source.slice(start, i);
      const plain = text.slice(1, -1).replace(/\\./g, '');
      if (STRINGS.test(text)) branch.push(unsupported(text));
      else {
        if (/--|&&|\[/.test(plain)) note(text);
        const escape = /\\([bBuxc0]|[1-9]|[pP]\{[^}]*=[^}]*\})/.exec(text);
        if (escape) note(escape[0]);
        branch.push({ kind: 'set', source: text });
      }
    } else if (c === '\\') branch.push(escape(start));
    else if (c === '.') branch.push({ kind: 'set', source: '.' });
    else if (c === '^' || c === '$') {
      // An outer anchor only repeats what whole-value matching does already.
      const outer = stack.length === 1 && (c === '^' ? branch.length === 0 : i === source.length || source[i] === '|');
      if (outer) note(c);
      else branch.push(unsupported(c));
    } else {
      const codePoint = source.codePointAt(start)!;
      i = start + (codePoint > 0xffff ? 2 : 1);
      branch.push({ kind: 'character', codePoint, source: source.slice(start, i) });
    }
  }
  return { tree, outsideSubset, linear, depth };

  function escape(start: number): PatternNode {
    const c = source[i++]!;
    if (/[dDwWsS]/.test(c)) return { kind: 'set', source: `\\${c}` };
    if (c === 'p' || c === 'P') {
      take(/^\{[^}]*\}/);
      const text = source.slice(start, i);
      if (STRINGS.test(text)) return unsupported(text);
      if (text.includes('=')) note(text);
      return { kind: 'set', source: text };
    }
    // Word boundaries and back-references.
    if (/[bBk1-9]/.test(c)) return unsupported(source.slice(start, (take(/^(<[^>]*>|\d*)/), i)));
    let codePoint = c.codePointAt(0)!;
    if (c in CONTROL_ESCAPES) codePoint = CONTROL_ESCAPES[c]!;
    else if ('0xuc'.includes(c)) {
      note(`\\${c}`);
      const hex = c === 'c' ? '' : take(c === 'x' ? /^[0-9A-Fa-f]{2}/ : c === 'u' ? /^(\{[0-9A-Fa-f]+\}|[0-9A-Fa-f]{4})/ : /^/);
      codePoint = c === '0' ? 0 : c === 'c' ? source.charCodeAt(i++) % 32 : Number.parseInt(hex.replace(/[{}]/g, ''), 16);
      // A surrogate pair written as two escapes is one character under the `u` and `v` flags.
      const low = codePoint >= 0xd800 && codePoint <= 0xdbff ? /^\\u([Dd][C-Fc-f][0-9A-Fa-f]{2})/.exec(source.slice(i)) : null;
      if (low) {
        i += 6;
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (Number.parseInt(low[1]!, 16) - 0xdc00);
      }
    }
    return { kind: 'character', codePoint, source: source.slice(start, i) };
  }
}

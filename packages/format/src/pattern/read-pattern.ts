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
}

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
  return { ok: true, source, regexp, ...new Parser(source).parse() };
}

// Properties of strings (v flag): a `\p{…}` that may match several characters.
const STRING_PROPERTIES = /^\\p\{(Basic_Emoji|Emoji_Keycap_Sequence|RGI_Emoji(_Modifier_Sequence|_Flag_Sequence|_Tag_Sequence|_ZWJ_Sequence)?)\}$/;
const SET_ESCAPE = /^[dDwWsS]$/;
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
const HEX = /^[0-9A-Fa-f]+$/;

/** Parses a pattern the engine has accepted with the `v` flag; iterative over groups. */
class Parser {
  readonly #source: string;
  #index = 0;
  #outsideSubset: string | undefined;
  #linear = true;

  constructor(source: string) {
    this.#source = source;
  }

  parse(): { tree: PatternAlternation; outsideSubset: string | undefined; linear: boolean } {
    const tree: PatternAlternation = { kind: 'alternation', branches: [[]] };
    const stack: PatternAlternation[] = [tree];
    const source = this.#source;
    while (this.#index < source.length) {
      const group = stack[stack.length - 1]!;
      const branch = group.branches[group.branches.length - 1]!;
      const c = source[this.#index]!;
      if (c === '(') {
        const opened = this.#groupOpen();
        branch.push(opened.node);
        stack.push(opened.body);
      } else if (c === ')') {
        stack.pop();
        this.#index++;
      } else if (c === '|') {
        group.branches.push([]);
        this.#index++;
      } else if (c === '*' || c === '+' || c === '?' || c === '{') {
        const last = branch.length - 1;
        branch[last] = this.#quantified(branch[last]!);
      } else {
        const node = this.#atom(stack.length === 1, branch.length === 0);
        if (node) branch.push(node);
      }
    }
    return { tree, outsideSubset: this.#outsideSubset, linear: this.#linear };
  }

  #note(construct: string): void {
    this.#outsideSubset ??= construct;
  }

  #unsupported(source: string, body?: PatternAlternation): PatternNode {
    this.#note(source);
    this.#linear = false;
    return body ? { kind: 'unsupported', source, body } : { kind: 'unsupported', source };
  }

  #groupOpen(): { node: PatternNode; body: PatternAlternation } {
    const body: PatternAlternation = { kind: 'alternation', branches: [[]] };
    const rest = this.#source.slice(this.#index);
    const prefix = /^\((\?(<[=!]|[=!:]|<[^>]*>|[-a-z]*:))?/.exec(rest)![0];
    this.#index += prefix.length;
    if (prefix === '(') return { node: body, body };
    if (prefix === '(?:' || /^\(\?<[^=!]/.test(prefix)) {
      this.#note(prefix.slice(0, 3));
      return { node: body, body };
    }
    // Lookaround and modifier groups (`(?i:…)`).
    return { node: this.#unsupported(prefix, body), body };
  }

  #quantified(node: PatternNode): PatternNode {
    const rest = this.#source.slice(this.#index);
    const match = /^(?:([*+?])|\{(\d+)(,(\d*))?\})(\?)?/.exec(rest)!;
    this.#index += match[0].length;
    if (match[5]) this.#note(match[0]);
    const [min, max] =
      match[1] === '*' ? [0, Infinity] : match[1] === '+' ? [1, Infinity] : match[1] === '?' ? [0, 1] : [Number(match[2]), match[3] === undefined ? Number(match[2]) : match[4] === '' ? Infinity : Number(match[4])];
    return { kind: 'repeat', body: node, min, max };
  }

  #atom(topLevel: boolean, atBranchStart: boolean): PatternNode | undefined {
    const source = this.#source;
    const c = source[this.#index]!;
    if (c === '[') return this.#class();
    if (c === '\\') return this.#escape();
    if (c === '.') {
      this.#index++;
      return { kind: 'set', source: '.' };
    }
    if (c === '^' || c === '$') {
      this.#index++;
      const next = source[this.#index];
      // An outer anchor only repeats what whole-value matching does already.
      const redundant = topLevel && (c === '^' ? atBranchStart : next === undefined || next === '|');
      if (!redundant) return this.#unsupported(c);
      this.#note(c);
      return undefined;
    }
    const codePoint = source.codePointAt(this.#index)!;
    const text = String.fromCodePoint(codePoint);
    this.#index += text.length;
    return { kind: 'character', codePoint, source: text };
  }

  #class(): PatternNode {
    const start = this.#index;
    let depth = 0;
    for (let i = start; i < this.#source.length; i++) {
      const c = this.#source[i];
      if (c === '\\') i++;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) {
        this.#index = i + 1;
        break;
      }
    }
    const text = this.#source.slice(start, this.#index);
    const body = text.slice(1, -1);
    const plain = body.replace(/\\./g, '');
    if (/\\q\{/.test(body) || /\\p\{(Basic_Emoji|Emoji_Keycap_Sequence|RGI_Emoji)/.test(body)) return this.#unsupported(text);
    if (plain.includes('--') || plain.includes('&&') || plain.slice(1).includes('[')) this.#note(text);
    const escape = /\\([bBuxc0]|[1-9])/.exec(body) ?? /\\[pP]\{[^}]*=[^}]*\}/.exec(body);
    if (escape) this.#note(escape[0]);
    return { kind: 'set', source: text };
  }

  #escape(): PatternNode | undefined {
    const source = this.#source;
    const start = this.#index;
    const c = source[start + 1]!;
    this.#index += 2;
    if (SET_ESCAPE.test(c)) return { kind: 'set', source: `\\${c}` };
    if (c === 'p' || c === 'P') {
      const end = source.indexOf('}', this.#index) + 1;
      this.#index = end;
      const text = source.slice(start, end);
      if (STRING_PROPERTIES.test(text)) return this.#unsupported(text);
      if (text.includes('=')) this.#note(text);
      return { kind: 'set', source: text };
    }
    if (c === 'b' || c === 'B') return this.#unsupported(`\\${c}`);
    if (c === 'k') {
      this.#index = source.indexOf('>', this.#index) + 1;
      return this.#unsupported(source.slice(start, this.#index));
    }
    if (c >= '1' && c <= '9') {
      while (/[0-9]/.test(source[this.#index] ?? '')) this.#index++;
      return this.#unsupported(source.slice(start, this.#index));
    }
    const codePoint = this.#escapedCodePoint(c);
    return { kind: 'character', codePoint, source: source.slice(start, this.#index) };
  }

  // The character an escape stands for; the index is behind the escape's letter.
  #escapedCodePoint(c: string): number {
    const source = this.#source;
    if (c in CONTROL_ESCAPES) return CONTROL_ESCAPES[c]!;
    if (c === '0' || c === 'x' || c === 'u' || c === 'c') this.#note(`\\${c}`);
    if (c === '0') return 0;
    if (c === 'c') return source.charCodeAt(this.#index++) % 32;
    if (c === 'x') return this.#hex(2);
    if (c === 'u') {
      if (source[this.#index] === '{') {
        const end = source.indexOf('}', this.#index);
        const value = Number.parseInt(source.slice(this.#index + 1, end), 16);
        this.#index = end + 1;
        return value;
      }
      const unit = this.#hex(4);
      // A surrogate pair written as two escapes is one character under the `u` and `v` flags.
      const low = /^\\u([Dd][C-Fc-f][0-9A-Fa-f]{2})/.exec(source.slice(this.#index));
      if (unit >= 0xd800 && unit <= 0xdbff && low) {
        this.#index += 6;
        return 0x10000 + ((unit - 0xd800) << 10) + (Number.parseInt(low[1]!, 16) - 0xdc00);
      }
      return unit;
    }
    return c.codePointAt(0)!;
  }

  #hex(digits: number): number {
    const text = this.#source.slice(this.#index, this.#index + digits);
    this.#index += digits;
    return HEX.test(text) ? Number.parseInt(text, 16) : 0;
  }
}

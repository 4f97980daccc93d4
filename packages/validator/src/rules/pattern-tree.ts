/** A quantifier `{min,max}`; `max` is Infinity for `*`, `+` and `{n,}`. */
export interface Quantifier {
  min: number;
  max: number;
}

/** One atom of a pattern with its quantifier: a literal, escape or class (`text`), or a group. */
export interface PatternItem {
  text: string;
  group?: PatternAlternation;
  quantifier?: Quantifier;
}

/** Alternatives of a pattern or group; each is a sequence of items. */
export interface PatternAlternation {
  branches: PatternItem[][];
}

/**
 * Parses an ECMAScript pattern (already known to compile) into groups, atoms and quantifiers —
 * enough to judge backtracking, not a full regex AST. Iterative over groups via an explicit stack.
 */
export function parsePatternTree(source: string): PatternAlternation {
  const root: PatternAlternation = { branches: [[]] };
  const stack: PatternAlternation[] = [root];
  const current = () => stack[stack.length - 1]!;
  const branch = () => current().branches[current().branches.length - 1]!;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '(') {
      const end = groupPrefixEnd(source, i);
      const group: PatternAlternation = { branches: [[]] };
      branch().push({ text: source.slice(i, end), group });
      stack.push(group);
      i = end;
    } else if (c === ')') {
      if (stack.length > 1) stack.pop();
      i++;
    } else if (c === '|') {
      current().branches.push([]);
      i++;
    } else if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i)))) {
      const [quantifier, end] = readQuantifier(source, i);
      const last = branch()[branch().length - 1];
      if (last) last.quantifier = quantifier;
      i = end < source.length && source[end] === '?' ? end + 1 : end;
    } else if (c === '[') {
      const end = classEnd(source, i);
      branch().push({ text: source.slice(i, end) });
      i = end;
    } else if (c === '\\') {
      const end = escapeEnd(source, i);
      branch().push({ text: source.slice(i, end) });
      i = end;
    } else {
      branch().push({ text: c });
      i++;
    }
  }
  return root;
}

function groupPrefixEnd(source: string, start: number): number {
  if (source[start + 1] !== '?') return start + 1;
  const named = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(source.slice(start));
  if (named) return start + named[0].length;
  const look = /^\(\?(<=|<!|=|!|:)/.exec(source.slice(start));
  return start + (look ? look[0].length : 2);
}

function readQuantifier(source: string, start: number): [Quantifier, number] {
  const c = source[start];
  if (c === '*') return [{ min: 0, max: Infinity }, start + 1];
  if (c === '+') return [{ min: 1, max: Infinity }, start + 1];
  if (c === '?') return [{ min: 0, max: 1 }, start + 1];
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(start))!;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
  return [{ min, max }, start + match[0].length];
}

/** End (exclusive) of a character class starting at `start`, nested classes (`v` flag) included. */
export function classEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** End (exclusive) of an escape starting at `start` (`\d`, `\u0041`, `\u{1F600}`, `\p{L}`, `\k<name>`). */
export function escapeEnd(source: string, start: number): number {
  const next = source[start + 1];
  const rest = source.slice(start);
  const braced = /^\\[pPuq]\{[^}]*\}/.exec(rest) ?? /^\\k<[^>]*>/.exec(rest) ?? /^\\u[0-9A-Fa-f]{4}/.exec(rest) ?? /^\\x[0-9A-Fa-f]{2}/.exec(rest) ?? /^\\c[A-Za-z]/.exec(rest);
  if (braced) return start + braced[0].length;
  return next === undefined ? start + 1 : start + 2;
}

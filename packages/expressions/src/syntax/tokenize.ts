/** A token of the text syntax with its 0-based offset in the source. */
export interface Token {
  kind: 'number' | 'string' | 'name' | 'symbol' | 'end';
  /** The token text; for strings the decoded value. */
  text: string;
  offset: number;
}

/** A syntax error at an offset; turned into a located diagnostic by the parser. */
export class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly en: string,
    readonly de: string,
  ) {}
}

const SYMBOLS = ['<=', '>=', '!=', '<>', '==', '=', '<', '>', '+', '-', '*', '/', '%', '&', '(', ')', ',', '.'];
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\' };

/** Splits text into tokens (specs/rules.md §3.1). Throws {@link SyntaxProblem}. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (isDigit(c)) {
      const match = /^\d+(\.\d+)?/.exec(source.slice(i, i + 80))!;
      tokens.push({ kind: 'number', text: match[0], offset: i });
      i += match[0].length;
      if (i < source.length && isNameChar(source[i]!)) throw new SyntaxProblem(i, 'unexpected character after number', 'unerwartetes Zeichen nach Zahl');
    } else if (isNameStart(c)) {
      const start = i;
      while (i < source.length && isNameChar(source[i]!)) i++;
      tokens.push({ kind: 'name', text: source.slice(start, i), offset: start });
    } else if (c === '"' || c === "'") {
      const [text, end] = readString(source, i);
      tokens.push({ kind: 'string', text, offset: i });
      i = end;
    } else {
      const symbol = SYMBOLS.find((s) => source.startsWith(s, i));
      if (symbol === undefined) throw new SyntaxProblem(i, `unexpected character "${c}"`, `unerwartetes Zeichen „${c}“`);
      tokens.push({ kind: 'symbol', text: symbol, offset: i });
      i += symbol.length;
    }
  }
  tokens.push({ kind: 'end', text: '', offset: source.length });
  return tokens;
}

function readString(source: string, start: number): [string, number] {
  const quote = source[start]!;
  let text = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source[i]!;
    if (c === quote) return [text, i + 1];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        text += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) throw new SyntaxProblem(i, 'unknown escape sequence', 'unbekannte Escape-Sequenz');
      text += escaped;
      i += 2;
      continue;
    }
    text += c;
    i++;
  }
  throw new SyntaxProblem(start, 'unterminated string', 'nicht abgeschlossene Zeichenkette');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || isDigit(c);
}

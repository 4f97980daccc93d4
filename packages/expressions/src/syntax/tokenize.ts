/** A token of the text syntax: its 0-based offset, and where the next one may start. */
export interface Token {
  kind: 'number' | 'string' | 'name' | 'symbol' | 'end';
  /** The token text; for strings the decoded value. */
  text: string;
  offset: number;
  end: number;
}

/** A syntax error: offset, English and German text, and the code when it is not `rule-syntax-error`. */
export type SyntaxProblem = [offset: number, en: string, de: string, code?: string];

const LEXEME = /(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(<=|>=|!=|<>|==|[=<>+\-*/%&(),.])|["']/y;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\' };

/**
 * Reads the token at `at` after white space (specs/rules.md §3.1). Tokens are read one at a
 * time as the parser asks, so a long expression never becomes a token array. Throws {@link SyntaxProblem}.
 */
export function readToken(source: string, at: number): Token {
  while (' \t\r\n'.includes(source[at] || '_')) at++;
  if (at >= source.length) return { kind: 'end', text: '', offset: at, end: at };
  LEXEME.lastIndex = at;
  const match = LEXEME.exec(source);
  if (!match) throw [at, `unexpected character "${source[at]}"`, `unerwartetes Zeichen „${source[at]}“`] satisfies SyntaxProblem;
  const end = at + match[0].length;
  if (match[1] !== undefined && /\w/.test(source[end] ?? '')) throw [end, 'unexpected character after number', 'unerwartetes Zeichen nach Zahl'] satisfies SyntaxProblem;
  if (match[1] !== undefined) return { kind: 'number', text: match[1], offset: at, end };
  if (match[2] !== undefined) return { kind: 'name', text: match[2], offset: at, end };
  if (match[3] !== undefined) return { kind: 'symbol', text: match[3], offset: at, end };
  return readString(source, at);
}

function readString(source: string, start: number): Token {
  const quote = source[start];
  let text = '';
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i]!;
    if (c === quote) return { kind: 'string', text, offset: start, end: i + 1 };
    if (c !== '\\') {
      text += c;
      continue;
    }
    const next = source[++i] ?? '';
    const hex = source.slice(i + 1, i + 5);
    if (next === 'u' && /^[\da-fA-F]{4}$/.test(hex)) {
      text += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else if (Object.hasOwn(ESCAPES, next)) {
      text += ESCAPES[next];
    } else {
      throw [i - 1, 'unknown escape sequence', 'unbekannte Escape-Sequenz'] satisfies SyntaxProblem;
    }
  }
  throw [start, 'unterminated string', 'nicht abgeschlossene Zeichenkette'] satisfies SyntaxProblem;
}

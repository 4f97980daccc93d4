/**
 * Translates a definition pattern (ECMAScript syntax, HTML `pattern` semantics: the whole value
 * must match) into an XSD 1.0 pattern with the same meaning, or `undefined` when XSD cannot
 * say it (lookarounds, backreferences, word boundaries, inner anchors, `v`-flag set syntax, …).
 * The XSD dialect differs in ways that change results silently if copied verbatim: `\d` means
 * every Unicode digit, `\s` only four characters, `^`/`$` are literals, `(?:` is unknown, and
 * only a few characters may be escaped (xoev-primer.md §1.5, specs/payload.md §4).
 */
export function toXsdPattern(pattern: string): string | undefined {
  if (!isEcmaPattern(pattern)) return undefined;
  let source = pattern;
  // A leading ^ and a trailing unescaped $ are redundant under whole-value semantics.
  if (source.startsWith('^')) source = source.slice(1);
  if (source.endsWith('$') && !isEscapedAt(source, source.length - 1)) source = source.slice(0, -1);
  try {
    return new Translator(source).translate();
  } catch (error) {
    if (error instanceof Untranslatable) return undefined;
    throw error;
  }
}

/** True when the pattern compiles as an ECMAScript regular expression with the `u` flag. */
export function isEcmaPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

class Untranslatable extends Error {}

// XSD SingleCharEsc: \n \r \t \\ \| \. \? \* \+ \( \) \{ \} \- \[ \] \^
const XSD_ESCAPABLE = new Set(['\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '-', '[', ']', '^']);
const OUTSIDE_META = new Set(['\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '[', ']']);
// ECMAScript `.` excludes the four line terminators; XSD `.` only \n and \r.
const DOT = '[^\n\r\u2028\u2029]';
// ECMAScript \s minus \v and \f, which XML cannot carry at all.
const SPACE_CHARS = '\t\n\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const WORD_CHARS = 'A-Za-z0-9_';

class Translator {
  #index = 0;
  readonly #source: string;

  constructor(source: string) {
    this.#source = source;
  }

  translate(): string {
    let out = '';
    while (this.#index < this.#source.length) out += this.#outsideToken();
    return out;
  }

  #outsideToken(): string {
    const char = this.#next();
    switch (char) {
      case '\\':
        return this.#escapeOutside();
      case '[':
        return this.#characterClass();
      case '(':
        return this.#groupOpen();
      case '.':
        return DOT;
      case '|':
      case ')':
        return char;
      case '^':
      case '$':
        throw new Untranslatable();
      case '?':
      case '*':
      case '+':
        return char + this.#dropLazy();
      case '{':
        return this.#braceQuantifier();
      default:
        return literalOutside(char);
    }
  }

  #groupOpen(): string {
    if (this.#source.startsWith('?:', this.#index)) {
      this.#index += 2;
      return '(';
    }
    if (this.#source.startsWith('?<', this.#index) && !/^\?<[=!]/.test(this.#source.slice(this.#index))) {
      const end = this.#source.indexOf('>', this.#index);
      if (end < 0) throw new Untranslatable();
      this.#index = end + 1;
      return '(';
    }
    if (this.#source[this.#index] === '?') throw new Untranslatable();
    return '(';
  }

  #braceQuantifier(): string {
    const match = /^(\d+)(,(\d*))?\}/.exec(this.#source.slice(this.#index));
    if (!match) return '\\{';
    this.#index += match[0].length;
    return `{${match[0]}${this.#dropLazy()}`;
  }

  // Lazy quantifiers only change which match is found, not whether the whole value matches.
  #dropLazy(): string {
    if (this.#source[this.#index] === '?') this.#index++;
    return '';
  }

  #escapeOutside(): string {
    const char = this.#next();
    switch (char) {
      case 'd':
        return '[0-9]';
      case 'D':
        return '[^0-9]';
      case 'w':
        return `[${WORD_CHARS}]`;
      case 'W':
        return `[^${WORD_CHARS}]`;
      case 's':
        return `[${SPACE_CHARS}]`;
      case 'S':
        return `[^${SPACE_CHARS}]`;
      case 'p':
      case 'P':
        return this.#property(char);
      default:
        return literalOutside(this.#escapedCharacter(char));
    }
  }

  #property(char: string): string {
    const match = /^\{([A-Z][a-z]?)\}/.exec(this.#source.slice(this.#index));
    if (!match) throw new Untranslatable();
    this.#index += match[0].length;
    return `\\${char}{${match[1]}}`;
  }

  // One character written as an escape: \n, \t, \uXXXX, \u{…}, \xHH, or an identity escape.
  #escapedCharacter(char: string): string {
    switch (char) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        return this.#unicodeEscape();
      case 'x': {
        const hex = /^[0-9A-Fa-f]{2}/.exec(this.#source.slice(this.#index));
        if (!hex) throw new Untranslatable();
        this.#index += 2;
        return xmlCharacter(Number.parseInt(hex[0], 16));
      }
      default:
        if (/[0-9bBkfv0cq]/.test(char)) throw new Untranslatable();
        return char;
    }
  }

  #unicodeEscape(): string {
    const rest = this.#source.slice(this.#index);
    const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(rest);
    const plain = /^[0-9A-Fa-f]{4}/.exec(rest);
    const match = braced ?? plain;
    if (!match) throw new Untranslatable();
    this.#index += match[0].length;
    return xmlCharacter(Number.parseInt(braced ? braced[1]! : match[0], 16));
  }

  #characterClass(): string {
    let out = '[';
    if (this.#source[this.#index] === '^') {
      out += '^';
      this.#index++;
    }
    let items = 0;
    while (this.#source[this.#index] !== ']') {
      if (this.#index >= this.#source.length) throw new Untranslatable();
      const start = this.#classAtom();
      if (this.#source[this.#index] === '-' && this.#source[this.#index + 1] !== ']' && start.single) {
        this.#index++;
        const end = this.#classAtom();
        if (!end.single) throw new Untranslatable();
        out += `${start.text}-${end.text}`;
      } else {
        out += start.text;
      }
      items++;
    }
    this.#index++;
    // `[]` never matches and `[^]` matches anything in ECMAScript; XSD has neither.
    if (items === 0) throw new Untranslatable();
    return `${out}]`;
  }

  #classAtom(): { text: string; single: boolean } {
    const char = this.#next();
    if (char === '[' || (char === '&' && this.#source[this.#index] === '&')) throw new Untranslatable();
    if (char !== '\\') return { text: literalInClass(char), single: true };
    const escaped = this.#next();
    switch (escaped) {
      case 'd':
        return { text: '0-9', single: false };
      case 'w':
        return { text: WORD_CHARS, single: false };
      case 's':
        return { text: SPACE_CHARS, single: false };
      case 'p':
      case 'P':
        return { text: this.#property(escaped), single: false };
      case 'D':
      case 'W':
      case 'S':
        throw new Untranslatable();
      case 'b':
        throw new Untranslatable();
      default:
        return { text: literalInClass(this.#escapedCharacter(escaped)), single: true };
    }
  }

  #next(): string {
    const codePoint = this.#source.codePointAt(this.#index);
    if (codePoint === undefined) throw new Untranslatable();
    const char = String.fromCodePoint(codePoint);
    this.#index += char.length;
    return char;
  }
}

function literalOutside(char: string): string {
  return OUTSIDE_META.has(char) ? `\\${char}` : char;
}

function literalInClass(char: string): string {
  return XSD_ESCAPABLE.has(char) ? `\\${char}` : char;
}

// Characters XML 1.0 cannot carry make the pattern untranslatable.
function xmlCharacter(codePoint: number): string {
  const ok =
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff);
  if (!ok) throw new Untranslatable();
  return String.fromCodePoint(codePoint);
}

function isEscapedAt(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * A short string that matches a definition pattern (ECMAScript syntax, whole-value semantics),
 * or `undefined` when none is found. Built from the pattern's structure (first alternative,
 * minimal repetitions, first character of each class) and then checked against the pattern,
 * with a few generic candidates as fallback. Enough for example data, not a full solver.
 */
export function patternExample(pattern: string, minLength = 0): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
  const candidates: string[] = [];
  for (const repeat of [0, 1, 2, 4, 8]) {
    try {
      candidates.push(new ExampleBuilder(pattern, repeat).build());
    } catch {
      // Unsupported syntax: fall back to generic candidates.
    }
  }
  candidates.push('1', '12345', 'A', 'a', 'Beispiel', 'beispiel@example.org', 'DE02120300000000202051');
  // Long candidates are not tested: a catastrophic pattern could backtrack for a very long time.
  const testable = candidates.filter((candidate) => candidate.length <= 1000);
  return testable.find((candidate) => regex.test(candidate) && [...candidate].length >= minLength) ?? testable.find((candidate) => regex.test(candidate));
}

class ExampleBuilder {
  readonly #source: string;
  readonly #extra: number;
  #index = 0;

  constructor(source: string, extra: number) {
    this.#source = source;
    this.#extra = extra;
  }

  build(): string {
    const result = this.#alternation();
    if (this.#index < this.#source.length) throw new Error('unbalanced');
    return result;
  }

  #alternation(): string {
    const first = this.#sequence();
    while (this.#source[this.#index] === '|') {
      this.#index++;
      this.#sequence();
    }
    return first;
  }

  #sequence(): string {
    let out = '';
    while (this.#index < this.#source.length && this.#source[this.#index] !== '|' && this.#source[this.#index] !== ')') {
      const atom = this.#atom();
      const [min, max] = this.#quantifier();
      const count = Math.min(max, min + (max > min ? this.#extra : 0), 10_000);
      out += atom.repeat(count);
    }
    return out;
  }

  #quantifier(): [number, number] {
    const char = this.#source[this.#index];
    let range: [number, number] = [1, 1];
    if (char === '?') range = [0, 1];
    else if (char === '*') range = [0, Infinity];
    else if (char === '+') range = [1, Infinity];
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.#source.slice(this.#index));
      if (!match) return range;
      this.#index += match[0].length - 1;
      const min = Number(match[1]);
      range = [min, match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])];
    } else return range;
    this.#index++;
    if (this.#source[this.#index] === '?') this.#index++;
    return range;
  }

  #atom(): string {
    const char = this.#next();
    switch (char) {
      case '(':
        return this.#group();
      case '[':
        return this.#class();
      case '\\':
        return this.#escape();
      case '.':
        return 'a';
      case '^':
      case '$':
        return '';
      default:
        return char;
    }
  }

  #group(): string {
    if (this.#source.startsWith('?:', this.#index)) this.#index += 2;
    else if (/^\?<[^=!]/.test(this.#source.slice(this.#index))) this.#index = this.#source.indexOf('>', this.#index) + 1;
    else if (this.#source[this.#index] === '?') throw new Error('lookaround');
    const inner = this.#alternation();
    if (this.#next() !== ')') throw new Error('unclosed group');
    return inner;
  }

  #class(): string {
    const negated = this.#source[this.#index] === '^';
    const start = this.#index - 1;
    let depth = 1;
    while (depth > 0) {
      const char = this.#next();
      if (char === '\\') this.#next();
      else if (char === ']') depth--;
    }
    const regex = new RegExp(this.#source.slice(start, this.#index), 'u');
    // The class's own characters first (range starts, listed members), then generic ones.
    const own = [...this.#source.slice(start + 1, this.#index - 1)].filter((char) => !'\\^]['.includes(char));
    const candidates = negated ? ['a', 'A', '1', 'x', 'Z', '0', '-'] : [...own, ...CLASS_CANDIDATES];
    const found = candidates.find((candidate) => regex.test(candidate));
    if (found === undefined) throw new Error('empty class');
    return found;
  }

  #escape(): string {
    const char = this.#next();
    switch (char) {
      case 'd':
        return '1';
      case 'w':
        return 'a';
      case 's':
        return ' ';
      case 'D':
      case 'W':
      case 'S':
        return char === 'D' ? 'a' : char === 'W' ? '-' : 'a';
      case 'p':
      case 'P': {
        const end = this.#source.indexOf('}', this.#index);
        const property = this.#source.slice(this.#index - 2, end + 1);
        this.#index = end + 1;
        return ['a', 'A', '1', ' ', '-'].find((candidate) => new RegExp(property, 'u').test(candidate)) ?? 'a';
      }
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'u': {
        const match = /^\{?([0-9A-Fa-f]{4,6})\}?/.exec(this.#source.slice(this.#index));
        if (!match) throw new Error('bad escape');
        this.#index += match[0].length;
        return String.fromCodePoint(Number.parseInt(match[1]!, 16));
      }
      default:
        if (/[bB0-9]/.test(char)) throw new Error('unsupported escape');
        return char;
    }
  }

  #next(): string {
    const codePoint = this.#source.codePointAt(this.#index);
    if (codePoint === undefined) throw new Error('end of pattern');
    const char = String.fromCodePoint(codePoint);
    this.#index += char.length;
    return char;
  }
}

const CLASS_CANDIDATES = [...'aA1zZ09 -_.@+/:,xXbcBC', ...'äöüÄÖÜß'];

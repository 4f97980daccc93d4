import type { Diagnostic, SourcePosition } from '@fimforms/format';

/**
 * Gives every diagnostic without a position the line and column (1-based, UTF-16 columns) of
 * its JSON pointer in `text`: the key of an object member, the start of an array item or of the
 * root, else the nearest existing ancestor (a pointer may name something missing). The compiler,
 * the exporter and the runtime report pointers only; this makes their findings editor-clickable.
 * `text` must be JSON the validator has parsed (its depth limit bounds the recursion here).
 */
export function locatePointers(text: string, diagnostics: readonly Diagnostic[]): void {
  const pending = diagnostics.filter((d) => d.position === undefined);
  if (pending.length === 0) return;
  const wanted = new Set<string>(['']);
  for (const diagnostic of pending) {
    const segments = diagnostic.pointer.split('/').slice(1);
    for (let length = 1; length <= segments.length; length++) wanted.add('/' + segments.slice(0, length).join('/'));
  }
  const offsets = new PointerScanner(text, wanted).scan();
  const lineStarts = startsOfLines(text);
  for (const diagnostic of pending) {
    let pointer = diagnostic.pointer;
    while (!offsets.has(pointer) && pointer !== '') pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    diagnostic.position = positionOf(offsets.get(pointer) ?? 0, lineStarts);
  }
}

/** Walks valid JSON text, recording the offsets of the wanted pointers and skipping other subtrees. */
class PointerScanner {
  readonly #text: string;
  readonly #wanted: ReadonlySet<string>;
  readonly #offsets = new Map<string, number>();
  #at = 0;

  constructor(text: string, wanted: ReadonlySet<string>) {
    this.#text = text;
    this.#wanted = wanted;
  }

  scan(): Map<string, number> {
    this.#skipSpace();
    this.#offsets.set('', this.#at);
    this.#value('');
    return this.#offsets;
  }

  #value(pointer: string): void {
    const first = this.#text[this.#at];
    if (first === '{') this.#object(pointer);
    else if (first === '[') this.#array(pointer);
    else this.#scalar();
  }

  #object(pointer: string): void {
    const inspect = this.#wanted.has(pointer);
    this.#at++;
    this.#skipSpace();
    while (this.#text[this.#at] === '"') {
      const keyStart = this.#at;
      const key = this.#string();
      const child = inspect ? `${pointer}/${escapeSegment(JSON.parse(key) as string)}` : undefined;
      if (child !== undefined && this.#wanted.has(child)) this.#offsets.set(child, keyStart);
      this.#skipSpace();
      this.#at++; // ':'
      this.#skipSpace();
      this.#member(child);
    }
    this.#at++; // '}'
  }

  #array(pointer: string): void {
    const inspect = this.#wanted.has(pointer);
    this.#at++;
    this.#skipSpace();
    for (let index = 0; this.#text[this.#at] !== ']' && this.#at < this.#text.length; index++) {
      const child = inspect ? `${pointer}/${index}` : undefined;
      if (child !== undefined && this.#wanted.has(child)) this.#offsets.set(child, this.#at);
      this.#member(child);
    }
    this.#at++; // ']'
  }

  /** One value inside a container, then the separator after it. */
  #member(pointer: string | undefined): void {
    if (pointer !== undefined && this.#wanted.has(pointer)) this.#value(pointer);
    else this.#skip();
    this.#skipSpace();
    if (this.#text[this.#at] === ',') this.#at++;
    this.#skipSpace();
  }

  /** Skips a value without building pointers (most of a large file is never wanted). */
  #skip(): void {
    const first = this.#text[this.#at];
    if (first !== '{' && first !== '[') return this.#scalar();
    let depth = 0;
    do {
      const char = this.#text[this.#at];
      if (char === '"') {
        this.#string();
        continue;
      }
      if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') depth--;
      this.#at++;
    } while (depth > 0 && this.#at < this.#text.length);
  }

  /** A string, number, boolean or null. */
  #scalar(): void {
    if (this.#text[this.#at] === '"') {
      this.#string();
      return;
    }
    while (this.#at < this.#text.length && !/[\s,\]}]/.test(this.#text[this.#at]!)) this.#at++;
  }

  /** Reads a string literal, returning its source text (quotes and escapes included). */
  #string(): string {
    const start = this.#at++;
    while (this.#at < this.#text.length && this.#text[this.#at] !== '"') this.#at += this.#text[this.#at] === '\\' ? 2 : 1;
    this.#at++;
    return this.#text.slice(start, this.#at);
  }

  #skipSpace(): void {
    while (this.#at < this.#text.length && /\s/.test(this.#text[this.#at]!)) this.#at++;
  }
}

/** RFC 6901: `~` and `/` inside a key. */
function escapeSegment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionOf(offset: number, lineStarts: readonly number[]): SourcePosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

import type { Diagnostic, Expression, ExpressionNode } from '@fimforms/format';
import { operatorsByCall } from '../operators/index.js';
import { DEFAULT_LIMITS, type ExpressionLimits } from '../limits.js';
import { SyntaxProblem, tokenize, type Token } from './tokenize.js';

/** The result of {@link parseExpression}: the JSON tree, or one located diagnostic. */
export type ParseResult = { ok: true; expression: Expression } | { ok: false; diagnostic: Diagnostic };

const COMPARISONS: Record<string, string> = { '=': 'equal', '==': 'equal', '!=': 'not_equal', '<>': 'not_equal', '<': 'less', '<=': 'less_equal', '>': 'greater', '>=': 'greater_equal' };
const KEYWORDS = new Set(['and', 'or', 'xor', 'not', 'in', 'true', 'false', 'null']);

/**
 * Parses the text syntax (specs/rules.md §3, EBNF there) into the canonical JSON tree, e.g.
 * `age(geburtsdatum) >= 18` → `{"greater_equal": [{"age": [{"identifier": "geburtsdatum"}]}, 18]}`.
 * Recursive descent with a depth limit; errors carry a pointer and a 1-based line/column.
 */
export function parseExpression(source: string, options: { pointer?: string; limits?: Partial<ExpressionLimits> } = {}): ParseResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const pointer = options.pointer ?? '';
  try {
    if (source.length > limits.maxLength) {
      throw new SyntaxProblem(limits.maxLength, `expression longer than ${limits.maxLength} characters`, `Ausdruck länger als ${limits.maxLength} Zeichen`);
    }
    const parser = new Parser(tokenize(source), limits.maxDepth);
    const expression = parser.parseAll();
    return { ok: true, expression };
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    const code = error.offset >= limits.maxLength || error.en.startsWith('nested') ? 'rule-too-large' : 'rule-syntax-error';
    return {
      ok: false,
      diagnostic: {
        code,
        severity: 'error',
        pointer,
        position: positionOf(source, error.offset),
        message: { de: `Regelausdruck: ${error.de}`, en: `Rule expression: ${error.en}` },
      },
    };
  }
}

function positionOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

class Parser {
  #index = 0;
  #depth = 0;

  readonly #tokens: Token[];
  readonly #maxDepth: number;

  constructor(tokens: Token[], maxDepth: number) {
    this.#tokens = tokens;
    this.#maxDepth = maxDepth;
  }

  parseAll(): Expression {
    const expression = this.#expression();
    const next = this.#peek();
    if (next.kind !== 'end') throw this.#unexpected(next);
    return expression;
  }

  #peek(): Token {
    return this.#tokens[this.#index]!;
  }

  #next(): Token {
    return this.#tokens[this.#index++]!;
  }

  #isWord(word: string): boolean {
    const token = this.#peek();
    return token.kind === 'name' && token.text === word;
  }

  #isSymbol(symbol: string): boolean {
    const token = this.#peek();
    return token.kind === 'symbol' && token.text === symbol;
  }

  #expect(symbol: string): void {
    if (!this.#isSymbol(symbol)) throw this.#unexpected(this.#peek(), `"${symbol}"`);
    this.#index++;
  }

  #unexpected(token: Token, wanted?: string): SyntaxProblem {
    const what = token.kind === 'end' ? 'end of expression' : `"${token.text}"`;
    const was = token.kind === 'end' ? 'Ende des Ausdrucks' : `„${token.text}“`;
    return new SyntaxProblem(
      token.offset,
      wanted ? `expected ${wanted}, found ${what}` : `unexpected ${what}`,
      wanted ? `${wanted.replaceAll('"', '„')} erwartet, ${was} gefunden` : `unerwartet: ${was}`,
    );
  }

  // expression = xorExpr { "or" xorExpr }
  #expression(): Expression {
    return this.#nested(() => this.#chain('or', () => this.#chain('xor', () => this.#chain('and', () => this.#negation()))));
  }

  #nested(parse: () => Expression): Expression {
    if (++this.#depth > this.#maxDepth) throw new SyntaxProblem(this.#peek().offset, `nested deeper than ${this.#maxDepth}`, `tiefer als ${this.#maxDepth} verschachtelt`);
    const result = parse();
    this.#depth--;
    return result;
  }

  #chain(word: string, operand: () => Expression): Expression {
    const operands = [operand()];
    while (this.#isWord(word)) {
      this.#index++;
      operands.push(operand());
    }
    return operands.length === 1 ? operands[0]! : { [word]: operands };
  }

  // negation = "not" negation | comparison
  #negation(): Expression {
    if (this.#isWord('not')) {
      this.#index++;
      return this.#nested(() => ({ not: this.#negation() }));
    }
    return this.#comparison();
  }

  // comparison = additive [ compareOp additive | ["not"] "in" "(" list ")" ]
  #comparison(): Expression {
    const left = this.#additive();
    const token = this.#peek();
    if (token.kind === 'symbol' && COMPARISONS[token.text] !== undefined) {
      this.#index++;
      return { [COMPARISONS[token.text]!]: [left, this.#additive()] };
    }
    const negated = this.#isWord('not') && this.#tokens[this.#index + 1]?.text === 'in';
    if (negated) this.#index++;
    if (this.#isWord('in')) {
      this.#index++;
      const node: ExpressionNode = { in: [left, ...this.#argumentList()] };
      return negated ? { not: node } : node;
    }
    if (negated) throw this.#unexpected(this.#peek(), '"in"');
    return left;
  }

  // additive = multiplicative { ("+" | "-" | "&") multiplicative }
  #additive(): Expression {
    return this.#binary({ '+': 'add', '-': 'subtract', '&': 'concat' }, () => this.#multiplicative());
  }

  // multiplicative = unary { ("*" | "/" | "%") unary }
  #multiplicative(): Expression {
    return this.#binary({ '*': 'multiply', '/': 'divide', '%': 'mod' }, () => this.#unary());
  }

  #binary(table: Record<string, string>, operand: () => Expression): Expression {
    let left = operand();
    for (;;) {
      const token = this.#peek();
      const name = token.kind === 'symbol' ? table[token.text] : undefined;
      if (name === undefined) return left;
      this.#index++;
      const right = operand();
      // Associative operators are flattened: a + b + c → {"add": [a, b, c]}.
      const flatten = name !== 'subtract' && name !== 'divide' && name !== 'mod' && isNode(left, name);
      left = flatten ? { [name]: [...(left as Record<string, Expression[]>)[name]!, right] } : { [name]: [left, right] };
    }
  }

  // unary = "-" unary | primary
  #unary(): Expression {
    if (this.#isSymbol('-')) {
      this.#index++;
      return this.#nested(() => {
        const operand = this.#unary();
        if (typeof operand === 'number') return -operand;
        if (isNode(operand, 'decimal')) return { decimal: `-${(operand as { decimal: string }).decimal}` };
        return { negate: operand };
      });
    }
    return this.#primary();
  }

  // primary = number | string | "true" | "false" | "null" | call | reference | "(" expression ")"
  #primary(): Expression {
    const token = this.#next();
    if (token.kind === 'number') return numberLiteral(token.text);
    if (token.kind === 'string') return token.text;
    if (token.kind === 'symbol' && token.text === '(') {
      const inner = this.#expression();
      this.#expect(')');
      return inner;
    }
    if (token.kind !== 'name') throw this.#unexpected(token);
    if (token.text === 'true') return true;
    if (token.text === 'false') return false;
    if (token.text === 'null') return null;
    if (this.#isSymbol('(')) {
      const operator = operatorsByCall.get(token.text);
      if (operator === undefined) throw new SyntaxProblem(token.offset, `unknown function "${token.text}"`, `unbekannte Funktion „${token.text}“`);
      return { [operator.name]: this.#argumentList() };
    }
    if (KEYWORDS.has(token.text)) throw this.#unexpected(token);
    return { identifier: this.#reference(token.text) };
  }

  // reference = name { "." name }
  #reference(first: string): string {
    let path = first;
    while (this.#isSymbol('.')) {
      this.#index++;
      const part = this.#next();
      if (part.kind !== 'name') throw this.#unexpected(part, 'a name');
      path += `.${part.text}`;
    }
    return path;
  }

  // list = "(" [ expression { "," expression } ] ")"
  #argumentList(): Expression[] {
    this.#expect('(');
    const args: Expression[] = [];
    if (this.#isSymbol(')')) {
      this.#index++;
      return args;
    }
    args.push(this.#expression());
    while (this.#isSymbol(',')) {
      this.#index++;
      args.push(this.#expression());
    }
    this.#expect(')');
    return args;
  }
}

function isNode(value: Expression, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

/** A number literal: a JSON number when it round-trips exactly, else `{"decimal": "…"}` so no digit is lost. */
function numberLiteral(text: string): Expression {
  const number = Number(text);
  return String(number) === text ? number : { decimal: text };
}

import type { Diagnostic, Expression } from '@fimforms/format';
import { operatorsByCall } from '../operators/index.js';
import { DEFAULT_LIMITS, type ExpressionLimits } from '../limits.js';
import { readToken, type SyntaxProblem, type Token } from './tokenize.js';

/** The result of {@link parseExpression}: the JSON tree, or one located diagnostic. */
export type ParseResult = { ok: true; expression: Expression } | { ok: false; diagnostic: Diagnostic };

/** Binary operators: binding power (or 1, xor 2, and 3, comparison 5, additive 6, multiplicative 7) and tree name. */
const INFIX = new Map(Object.entries({
  or: [1, 'or'], xor: [2, 'xor'], and: [3, 'and'],
  '=': [5, 'equal'], '==': [5, 'equal'], '!=': [5, 'not_equal'], '<>': [5, 'not_equal'],
  '<': [5, 'less'], '<=': [5, 'less_equal'], '>': [5, 'greater'], '>=': [5, 'greater_equal'],
  '+': [6, 'add'], '-': [6, 'subtract'], '&': [6, 'concat'], '*': [7, 'multiply'], '/': [7, 'divide'], '%': [7, 'mod'],
} as Record<string, [number, string]>));
const COMPARISON = 5;
// Chains of these are flattened: a + b + c → {"add": [a, b, c]} (specs/rules.md §3.3).
const ASSOCIATIVE = new Set(['or', 'xor', 'and', 'add', 'multiply', 'concat']);
const KEYWORDS = new Set(['and', 'or', 'xor', 'not', 'in', 'true', 'false', 'null']);
const CONSTANTS = new Map<string, Expression>([['true', true], ['false', false], ['null', null]]);

/**
 * Parses the text syntax (specs/rules.md §3, EBNF there) into the canonical JSON tree, e.g.
 * `age(geburtsdatum) >= 18` → `{"greater_equal": [{"age": [{"identifier": "geburtsdatum"}]}, 18]}`.
 * Precedence climbing with a depth limit; errors carry a pointer and a 1-based line/column.
 */
export function parseExpression(source: string, options: { pointer?: string; limits?: Partial<ExpressionLimits> } = {}): ParseResult {
  const { maxLength, maxDepth } = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    if (source.length > maxLength) throw [maxLength, `expression longer than ${maxLength} characters`, `Ausdruck länger als ${maxLength} Zeichen`, 'rule-too-large'] satisfies SyntaxProblem;
    return { ok: true, expression: parseText(source, maxDepth) };
  } catch (error) {
    if (!Array.isArray(error)) throw error;
    const [offset, en, de, code = 'rule-syntax-error'] = error as SyntaxProblem;
    const before = source.slice(0, offset);
    return {
      ok: false,
      diagnostic: {
        code,
        severity: 'error',
        pointer: options.pointer ?? '',
        position: { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') },
        message: { de: `Regelausdruck: ${de}`, en: `Rule expression: ${en}` },
      },
    };
  }
}

// One function per grammar level would nest deeply; precedence climbing needs one. Depth counts
// the nestings of the grammar (parentheses, arguments, `not`, unary minus), so hostile input stays bounded.
export function parseText(source: string, maxDepth: number, childStarts?: WeakMap<object, number[]>): Expression {
  // Lexical errors come first, wherever they are (as a tokenizer pass would find them).
  for (let read = readToken(source, 0); read.kind !== 'end'; read = readToken(source, read.end));
  let token = readToken(source, 0);
  let depth = 0;
  const advance = (): Token => {
    const read = token;
    token = readToken(source, read.end);
    return read;
  };
  const is = (text: string, at = token): boolean => at.kind !== 'string' && at.kind !== 'number' && at.text === text;
  const expect = (symbol: string): void => {
    if (!is(symbol)) throw unexpected(token, symbol);
    advance();
  };
  const nested = (parse: () => Expression): Expression => {
    if (++depth > maxDepth) throw [token.offset, `nested deeper than ${maxDepth}`, `tiefer als ${maxDepth} verschachtelt`, 'rule-too-large'] satisfies SyntaxProblem;
    const result = parse();
    depth--;
    return result;
  };
  // Where each argument of an operator node starts in the text (for locating diagnostics).
  const located = <T extends object>(node: T, starts: number[]): T => {
    childStarts?.set(node, starts);
    return node;
  };
  // "(" [ expression { "," expression } ] ")"
  const list = (starts: number[] = []): Expression[] => {
    expect('(');
    const items: Expression[] = [];
    if (!is(')')) do items.push((starts.push(token.offset), nested(() => expression(0)))); while (is(',') && advance());
    expect(')');
    return items;
  };
  // Operators binding tighter than `min`, left to right; comparisons do not chain.
  const expression = (min: number): Expression => {
    const leftStart = token.offset;
    let left = operand(min);
    let chain: string | undefined;
    let compared = false;
    for (;;) {
      const negatedIn = is('not') && is('in', readToken(source, token.end));
      const [power, name] = is('in') || negatedIn ? [COMPARISON, 'in'] : token.kind === 'string' ? [0, ''] : (INFIX.get(token.text) ?? [0, '']);
      if (power <= min || (power === COMPARISON && compared)) return left;
      advance();
      if (name === 'in') {
        if (negatedIn) advance();
        const starts = [leftStart];
        const node = located({ in: [left, ...list(starts)] }, starts);
        left = negatedIn ? located({ not: node }, [leftStart]) : node;
      } else {
        const rightStart = token.offset;
        const right = expression(power);
        if (chain === name) {
          (left as Record<string, Expression[]>)[name]!.push(right);
          childStarts?.get(left as object)?.push(rightStart);
        } else left = located({ [name]: [left, right] }, [leftStart, rightStart]);
      }
      chain = ASSOCIATIVE.has(name) ? name : undefined;
      compared = power === COMPARISON;
    }
  };
  // negation (below comparisons only), unary minus, primary
  const operand = (min: number): Expression => {
    if (min < COMPARISON && is('not')) {
      advance();
      const start = token.offset;
      return nested(() => located({ not: expression(COMPARISON - 1) }, [start]));
    }
    if (is('-')) {
      advance();
      const start = token.offset;
      return nested(() => {
        const negated = negate(operand(COMPARISON + 3));
        return typeof negated === 'object' && negated !== null ? located(negated, [start]) : negated;
      });
    }
    const read = advance();
    if (read.kind === 'number') return numberLiteral(read.text);
    if (read.kind === 'string') return read.text;
    if (is('(', read)) {
      const inner = nested(() => expression(0));
      expect(')');
      return inner;
    }
    if (read.kind !== 'name') throw unexpected(read);
    if (CONSTANTS.has(read.text)) return CONSTANTS.get(read.text)!;
    if (is('(')) {
      const operator = operatorsByCall.get(read.text);
      if (!operator) throw [read.offset, `unknown function "${read.text}"`, `unbekannte Funktion „${read.text}“`] satisfies SyntaxProblem;
      const starts: number[] = [];
      return located({ [operator.name]: list(starts) }, starts);
    }
    if (KEYWORDS.has(read.text)) throw unexpected(read);
    let reference = read.text;
    while (is('.')) {
      advance();
      const part = advance();
      if (part.kind !== 'name') throw unexpected(part);
      reference += `.${part.text}`;
    }
    return { identifier: reference };
  };
  const tree = nested(() => expression(0));
  if (token.kind !== 'end') throw unexpected(token);
  return tree;
}

function unexpected(token: Token, wanted?: string): SyntaxProblem {
  const end = token.kind === 'end';
  const en = end ? 'end of expression' : `"${token.text}"`;
  const de = end ? 'Ende des Ausdrucks' : `„${token.text}“`;
  if (wanted === undefined) return [token.offset, `unexpected ${en}`, `unerwartet: ${de}`];
  return [token.offset, `expected "${wanted}", found ${en}`, `„${wanted}“ erwartet, ${de} gefunden`];
}

/** `-x`: a literal folds (`-5`, `{"decimal": "-12.50"}`), anything else is `negate`. */
function negate(operand: Expression): Expression {
  if (typeof operand === 'number') return -operand;
  const decimal = typeof operand === 'object' && operand !== null && Object.hasOwn(operand, 'decimal') ? (operand as { decimal: string }).decimal : undefined;
  if (decimal !== undefined) return { decimal: decimal.startsWith('-') ? decimal.slice(1) : `-${decimal}` };
  return { negate: operand };
}

/** A number literal: a JSON number when it round-trips exactly, else `{"decimal": "…"}` so no digit is lost. */
function numberLiteral(text: string): Expression {
  const number = Number(text);
  return String(number) === text ? number : { decimal: text };
}

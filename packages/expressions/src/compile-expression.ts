import { escapePointerSegment, type Diagnostic, type Expression } from '@fimforms/format';
import type { CompiledExpression } from './compiled-expression.js';
import { Decimal } from './decimal.js';
import { DEFAULT_LIMITS, type ExpressionLimits } from './limits.js';
import { operatorsByName } from './operators/index.js';
import { list } from './operators/list.js';
import { parseExpression } from './syntax/parse-expression.js';

/** The result of {@link compileExpression}. */
export type CompileResult =
  | { ok: true; expression: CompiledExpression; references: string[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Options of {@link compileExpression}. */
export interface CompileOptions {
  /** JSON pointer of the expression in the definition; diagnostics are located below it. */
  pointer?: string;
  limits?: Partial<ExpressionLimits>;
}

/**
 * Checks an expression's shape and prepares it for {@link evaluate}. A string standing on its
 * own is text syntax (parsed first); inside a tree a string is a literal. Reports unknown
 * operators, wrong argument counts, malformed nodes and limit violations, with pointers.
 */
export function compileExpression(expression: Expression, options: CompileOptions = {}): CompileResult {
  const pointer = options.pointer ?? '';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let tree: unknown = expression;
  if (typeof expression === 'string') {
    const parsed = parseExpression(expression, { pointer, limits });
    if (!parsed.ok) return { ok: false, diagnostics: [parsed.diagnostic] };
    tree = parsed.expression;
  }
  const compiler = new Compiler(limits);
  const compiled = compiler.node(tree, pointer, 0);
  if (compiler.diagnostics.length > 0 || compiled === undefined) return { ok: false, diagnostics: compiler.diagnostics };
  return { ok: true, expression: compiled, references: [...compiler.references] };
}

class Compiler {
  readonly diagnostics: Diagnostic[] = [];
  readonly references = new Set<string>();
  #nodes = 0;

  constructor(private readonly limits: ExpressionLimits) {}

  node(value: unknown, pointer: string, depth: number): CompiledExpression | undefined {
    if (++this.#nodes > this.limits.maxNodes) {
      // Said once: a list of 200,000 items would otherwise give a diagnostic per node (and overflow the stack).
      if (this.#nodes > this.limits.maxNodes + 1) return undefined;
      return this.#fail('rule-too-large', pointer, `more than ${this.limits.maxNodes} nodes`, `mehr als ${this.limits.maxNodes} Knoten`);
    }
    if (depth > this.limits.maxDepth) {
      return this.#fail('rule-too-large', pointer, `nested deeper than ${this.limits.maxDepth}`, `tiefer als ${this.limits.maxDepth} verschachtelt`);
    }
    if (value === null || typeof value === 'boolean' || typeof value === 'string') return { kind: 'literal', value, pointer };
    if (typeof value === 'number') {
      const decimal = Decimal.fromNumber(value);
      if (decimal === undefined) return this.#fail('rule-invalid-node', pointer, 'number not representable as a decimal', 'Zahl nicht als Dezimalzahl darstellbar');
      return { kind: 'literal', value: decimal, pointer };
    }
    if (Array.isArray(value)) {
      // A nested array is a list literal (e.g. the candidates of `in`).
      const items = value.map((item, i) => this.node(item, `${pointer}/${i}`, depth + 1));
      return { kind: 'call', operator: list, args: items.filter((item) => item !== undefined), pointer };
    }
    if (typeof value !== 'object') return this.#fail('rule-invalid-node', pointer, 'not an expression', 'kein Ausdruck');
    const keys = Object.keys(value);
    if (keys.length !== 1) {
      return this.#fail('rule-invalid-node', pointer, 'an operator node has exactly one key', 'ein Operatorknoten hat genau einen Schlüssel');
    }
    const name = keys[0]!;
    const argument = (value as Record<string, unknown>)[name];
    const at = `${pointer}/${escapePointerSegment(name)}`;
    if (name === 'identifier') return this.#reference(argument, at, pointer);
    if (name === 'decimal') {
      const decimal = typeof argument === 'string' ? Decimal.parse(argument) : undefined;
      if (decimal === undefined) return this.#fail('rule-invalid-node', at, 'decimal needs a decimal string', 'decimal erwartet eine Dezimalzahl als Text');
      return { kind: 'literal', value: decimal, pointer };
    }
    const operator = operatorsByName.get(name);
    if (operator === undefined) return this.#fail('rule-unknown-operator', at, `unknown operator "${name}"`, `unbekannter Operator „${name}“`);
    const raw = Array.isArray(argument) ? argument : operator.maxArgs === 0 && (argument === null || isEmptyObject(argument)) ? [] : [argument];
    if (raw.length < operator.minArgs || raw.length > operator.maxArgs) {
      const range = operator.maxArgs === Infinity ? `at least ${operator.minArgs}` : operator.minArgs === operator.maxArgs ? `${operator.minArgs}` : `${operator.minArgs}–${operator.maxArgs}`;
      const bereich = range.replace('at least', 'mindestens');
      return this.#fail('rule-argument-count', at, `${name} takes ${range} arguments, got ${raw.length}`, `${name} erwartet ${bereich} Argumente, erhielt ${raw.length}`);
    }
    const args: CompiledExpression[] = [];
    raw.forEach((item, i) => {
      const compiled = this.node(item, Array.isArray(argument) ? `${at}/${i}` : at, depth + 1);
      if (compiled !== undefined) args.push(compiled);
    });
    return { kind: 'call', operator, args, pointer };
  }

  #reference(argument: unknown, at: string, pointer: string): CompiledExpression | undefined {
    if (typeof argument !== 'string' || argument.length === 0) {
      return this.#fail('rule-invalid-node', at, 'identifier needs a reference string', 'identifier erwartet eine Referenz als Text');
    }
    this.references.add(argument);
    return { kind: 'reference', reference: argument, pointer };
  }

  #fail(code: string, pointer: string, en: string, de: string): undefined {
    this.diagnostics.push({ code, severity: 'error', pointer, message: { de: `Regelausdruck: ${de}`, en: `Rule expression: ${en}` } });
    return undefined;
  }
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

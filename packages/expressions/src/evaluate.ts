import { DEFAULT_TIME_ZONE, localDate } from './calendar.js';
import type { CompiledExpression } from './compiled-expression.js';
import { EvaluationError } from './evaluation-error.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { Arguments, OperatorContext, Provenance } from './operator.js';
import type { Value } from './value.js';

/** What {@link evaluate} needs from its caller. */
export interface EvaluationContext {
  /** The value a reference stands for (the engine resolves sibling instances, specs/rules.md §2.3). */
  resolve(reference: string, node: CompiledExpression): Value;
  /** Where the value of a reference came from (a prefill); absent or `undefined` when there is none. */
  provenance?(reference: string, node: CompiledExpression): Provenance | undefined;
  /** The clock; defaults to the system clock. Inject one for deterministic results. */
  now?: () => Date;
  /** IANA time zone for `today()`; default Europe/Berlin. */
  timeZone?: string;
  /** Codes of a code list of the definition. */
  codeList?: (key: string) => ReadonlySet<string> | undefined;
  /** Longest string an operator may produce. */
  maxStringLength?: number;
  /** Today's date, when the caller fixes it (the engine keeps one date per recomputation); else from `now` and `timeZone`. */
  today?: () => string;
  /**
   * Wraps the evaluation of every operator call, so a caller can reuse results that do not
   * depend on where they are evaluated (the engine evaluates one rule for many instances).
   */
  memo?: (node: CompiledExpression, compute: () => Value) => Value;
}

/**
 * Evaluates a compiled expression. Pure tree walking — no `eval`, no `new Function` — so it
 * runs under a strict Content-Security-Policy; recursion is bounded by the compile-time depth
 * limit. Throws {@link EvaluationError} for type errors and the like.
 */
export function evaluate(expression: CompiledExpression, context: EvaluationContext): Value {
  return evaluateNode(expression, context, operatorContext(context));
}

function evaluateNode(node: CompiledExpression, context: EvaluationContext, operatorContext: OperatorContext): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'reference':
      return context.resolve(node.reference, node);
    case 'call':
      return context.memo ? context.memo(node, () => call(node, context, operatorContext)) : call(node, context, operatorContext);
  }
}

function call(node: CompiledExpression & { kind: 'call' }, context: EvaluationContext, operatorContext: OperatorContext): Value {
  const args: Arguments = {
    length: node.args.length,
    get: (index) => evaluateNode(node.args[index]!, context, operatorContext),
    provenance: (index) => {
      const arg = node.args[index];
      return arg?.kind === 'reference' ? context.provenance?.(arg.reference, arg) : undefined;
    },
  };
  try {
    return node.operator.evaluate(args, operatorContext);
  } catch (error) {
    // The innermost failing operator names the place; outer calls keep it.
    if (error instanceof EvaluationError && error.pointer === undefined) error.pointer = node.pointer;
    throw error;
  }
}

function operatorContext(context: EvaluationContext): OperatorContext {
  let today: string | undefined;
  let instant: Date | undefined;
  const now = (): Date => (instant ??= context.now?.() ?? new Date());
  return {
    // One evaluation sees one date and one instant, even if it runs across midnight.
    today: context.today ?? (() => (today ??= localDate(now(), context.timeZone ?? DEFAULT_TIME_ZONE))),
    now,
    codeList: (key) => context.codeList?.(key),
    maxStringLength: context.maxStringLength ?? DEFAULT_LIMITS.maxStringLength,
    timeZone: context.timeZone ?? DEFAULT_TIME_ZONE,
  };
}

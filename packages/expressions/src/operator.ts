import type { Value } from './value.js';

/** The static types of the checker (specs/rules.md §6). `any` matches everything. */
export type ValueType = 'any' | 'boolean' | 'number' | 'string' | 'date' | 'time' | 'datetime' | 'file' | 'group' | 'list';

/** Where a prefilled value came from (specs/runtime.md §4.6): its source and, when known, its trust level. */
export interface Provenance {
  source: string;
  level?: string;
}

/** The argument list an operator reads; arguments are evaluated on demand (so `and`/`or`/`if` short-circuit). */
export interface Arguments {
  readonly length: number;
  get(index: number): Value;
  /**
   * Where the value of argument `index` came from, for an argument that is a reference to one
   * field instance holding a prefilled value; `undefined` otherwise (specs/rules.md §4.9).
   */
  provenance(index: number): Provenance | undefined;
}

/** What an operator can ask of its surroundings. */
export interface OperatorContext {
  /** Today's date (`YYYY-MM-DD`) in the evaluation time zone. */
  today(): string;
  /** The current instant (the injected clock), the same for one evaluation pass. */
  now(): Date;
  /** The codes of a code list of the definition; `undefined` when unknown. */
  codeList(key: string): ReadonlySet<string> | undefined;
  /** Longest string an operator may produce. */
  maxStringLength: number;
  /** IANA time zone of local date-times and `today()` (Europe/Berlin by default). */
  timeZone: string;
}

/** An operator of the rule language: one file each in `operators/`, listed in `operators/index.ts`. */
export interface Operator {
  /** The key in the JSON tree, e.g. `is_empty`. */
  name: string;
  /** The function name in the text syntax (e.g. `isEmpty`), if it can be called as a function. */
  call?: string;
  /** Fewest arguments. */
  minArgs: number;
  /** Most arguments (`Infinity` for variadic). */
  maxArgs: number;
  /** Expected argument types (the last repeats for variadic operators). */
  params: readonly ValueType[];
  /** The result type; a function when it follows the arguments. */
  result: ValueType | ((args: readonly ValueType[]) => ValueType);
  /**
   * True when the operator reads where its arguments' values came from (`args.provenance`), not
   * the values: each argument must then be a reference to one field instance (`rule-prefill-argument`).
   */
  readsProvenance?: boolean;
  /** Computes the result. Throws {@link EvaluationError} on bad input. */
  evaluate(args: Arguments, context: OperatorContext): Value;
}

export { Decimal, MAX_DECIMAL_DIGITS, DIVISION_SCALE } from './decimal.js';
export type { Value, FileValue } from './value.js';
export { isEmptyValue, isFileValue, valuesEqual } from './value.js';
export { EvaluationError } from './evaluation-error.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { ExpressionLimits } from './limits.js';
export { DEFAULT_TIME_ZONE, localDate, isIsoDate } from './calendar.js';
export { compareDateTimes, isDateTimeValue, readDateTimeBound } from './date-time.js';
export { isTimeValue, timeWithSeconds } from './time-of-day.js';
export type { Operator, OperatorContext, Arguments, ValueType, Provenance } from './operator.js';
export type { ParseResult } from './syntax/parse-expression.js';
export type { CompileResult, CompileOptions } from './compile-expression.js';
export type { CompiledExpression } from './compiled-expression.js';
export { evaluate } from './evaluate.js';
export type { EvaluationContext } from './evaluate.js';
export { indexDefinition, MAX_INSTANCES, MAX_NODES } from './definition-index.js';
export type { DefinitionIndex, ElementNode, IndexOptions, ResolvedReference } from './definition-index.js';
export { isListReference, repeatingChain } from './reference-scope.js';
export type { CompiledEffect, CompiledRules, CompileRulesOptions } from './compile-rules.js';
// Compiling rules — the parser of the text syntax, the operators, the type check — is the subpath
// `@fimforms/expressions/compile` (src/compile.ts), not re-exported here: a browser bundle that imports this entry
// then never reaches it, so the form's engine loads it only for definitions with rule effects (specs/runtime.md §6).

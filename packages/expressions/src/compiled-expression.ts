import type { Operator } from './operator.js';
import type { Value } from './value.js';

/**
 * An expression checked and prepared for evaluation: operators looked up once, literals
 * converted (numbers to exact decimals). `pointer` locates the node in the definition.
 */
export type CompiledExpression =
  | { kind: 'literal'; value: Value; pointer: string }
  | { kind: 'reference'; reference: string; pointer: string }
  | { kind: 'call'; operator: Operator; args: CompiledExpression[]; pointer: string };

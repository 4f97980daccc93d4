import type { Diagnostic } from '@fimforms/format';
import { isIsoDate } from '../calendar.js';
import type { CompiledExpression } from '../compiled-expression.js';
import { Decimal } from '../decimal.js';
import type { ValueType } from '../operator.js';

const COMPARISONS = new Set(['less', 'less_equal', 'greater', 'greater_equal']);

/**
 * Infers the static type of an expression (specs/rules.md §6) and reports arguments whose
 * known type cannot fit the operator (`rule-type-mismatch`). `any` never mismatches.
 */
export function inferType(
  node: CompiledExpression,
  referenceType: (reference: string, node: CompiledExpression) => ValueType,
  diagnostics: Diagnostic[],
): ValueType {
  switch (node.kind) {
    case 'literal':
      return literalType(node.value);
    case 'reference':
      return referenceType(node.reference, node);
    case 'call': {
      const { operator } = node;
      const types = node.args.map((arg) => inferType(arg, referenceType, diagnostics));
      types.forEach((type, i) => {
        const expected = operator.params[Math.min(i, operator.params.length - 1)] ?? 'any';
        if (!fits(type, expected)) diagnostics.push(mismatch(node.args[i]!.pointer, operator.name, expected, type));
      });
      if (COMPARISONS.has(operator.name) && !comparable(types[0]!, types[1]!)) {
        diagnostics.push(mismatch(node.args[1]!.pointer, operator.name, types[0]!, types[1]!));
      }
      return typeof operator.result === 'function' ? operator.result(types) : operator.result;
    }
  }
}

function literalType(value: unknown): ValueType {
  if (value === null) return 'any';
  if (typeof value === 'boolean') return 'boolean';
  if (value instanceof Decimal) return 'number';
  if (typeof value === 'string') return isIsoDate(value) ? 'date' : 'string';
  return 'list';
}

/** Whether a value of type `actual` may stand where `expected` is wanted. */
export function fits(actual: ValueType, expected: ValueType): boolean {
  if (actual === 'any' || expected === 'any' || actual === expected) return true;
  // Texts take dates and times (they are ISO strings) and numbers (their decimal text).
  if (expected === 'string') return actual === 'date' || actual === 'time' || actual === 'datetime' || actual === 'number';
  // A date stands for the instant its day begins (specs/rules.md §4.5).
  if (expected === 'datetime') return actual === 'date';
  return false;
}

function comparable(a: ValueType, b: ValueType): boolean {
  if (a === 'any' || b === 'any' || a === b) return true;
  const scalar = (t: ValueType) => t === 'string' || t === 'date' || t === 'time' || t === 'datetime';
  // Dates and date-times compare by instant (a date: the start of its day); a time of day names no instant.
  const instant = (t: ValueType) => t === 'date' || t === 'datetime';
  if (instant(a) && instant(b)) return true;
  return scalar(a) && scalar(b) && (a === 'string' || b === 'string');
}

function mismatch(pointer: string, operator: string, expected: ValueType, actual: ValueType): Diagnostic {
  return {
    code: 'rule-type-mismatch',
    severity: 'error',
    pointer,
    message: {
      de: `Typfehler: ${operator} erwartet ${expected}, hier steht ${actual}`,
      en: `Type mismatch: ${operator} expects ${expected}, found ${actual}`,
    },
  };
}

import type { DataType, Diagnostic, FormDefinition } from '@fimforms/format';
import { compileRules, type CompiledEffect, type CompileRulesOptions } from '../compile-rules.js';
import type { CompiledExpression } from '../compiled-expression.js';
import type { ElementNode } from '../definition-index.js';
import type { ValueType } from '../operator.js';
import { isListReference } from '../reference-scope.js';
import { checkProvenanceArguments } from './check-provenance-arguments.js';
import { findComputeCycles } from './find-compute-cycles.js';
import { fits, inferType } from './infer-type.js';

const FIELD_TYPES: Record<DataType, ValueType> = {
  text: 'string', text_latin: 'string', obj: 'string', date: 'date', time: 'time', datetime: 'datetime',
  bool: 'boolean', num: 'number', num_int: 'number', num_currency: 'number', file: 'file',
};

/**
 * Type-checks the executable rules of a definition (specs/rules.md §6): syntax, unknown
 * operators, references and targets, type mismatches, arguments of the prefill operators, and
 * cycles between computed values.
 * Codes start with `rule-`; pointers point into the definition.
 */
export function checkDefinitionRules(definition: FormDefinition, options: Pick<CompileRulesOptions, 'walked' | 'index'> = {}): Diagnostic[] {
  // A checker sees definitions edited in place (an editor re-validating): never a cached reading;
  // an index passed in is the caller's reading of this very definition.
  const { effects, diagnostics: compileDiagnostics } = compileRules(definition, undefined, { ...options, cached: false });
  const diagnostics = [...compileDiagnostics];
  for (const effect of effects) {
    checkEffect(effect, diagnostics);
    checkProvenanceArguments(effect, diagnostics);
  }
  diagnostics.push(...findComputeCycles(effects));
  return diagnostics;
}

/** The static type of a value of a field or group occurrence. */
export function elementType(node: ElementNode): ValueType {
  if (node.kind === 'group') return 'group';
  return (node.field && FIELD_TYPES[node.field.type]) ?? 'any';
}

function checkEffect(effect: CompiledEffect, diagnostics: Diagnostic[]): void {
  const typeOf = (reference: string): ValueType => {
    const node = effect.references.get(reference);
    if (!node) return 'any';
    return isListReference(node, effect.target) ? 'list' : elementType(node);
  };
  const expect = (expression: CompiledExpression | undefined, wanted: ValueType, label: { de: string; en: string }): void => {
    if (!expression) return;
    const type = inferType(expression, typeOf, diagnostics);
    if (!fits(type, wanted) && !(wanted === 'number' && type === 'string' && expression.kind === 'literal')) {
      diagnostics.push({
        code: 'rule-type-mismatch',
        severity: 'error',
        pointer: expression.pointer,
        message: { de: `Typfehler: ${label.de} muss ${wanted} sein, ist ${type}`, en: `Type mismatch: ${label.en} must be ${wanted}, is ${type}` },
      });
    }
  };
  expect(effect.when, 'boolean', { de: 'die Bedingung', en: 'the condition' });
  expect(effect.min, 'number', { de: 'min', en: 'min' });
  expect(effect.max, 'number', { de: 'max', en: 'max' });
  if (effect.value && effect.target) {
    const name = effect.target.name;
    expect(effect.value, elementType(effect.target), { de: `der Wert für ${name}`, en: `the value for ${name}` });
  }
}

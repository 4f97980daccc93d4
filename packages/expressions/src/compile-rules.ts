import { escapePointerSegment, type Diagnostic, type Expression, type LocalizedText, type RuleEffectKind, type FormDefinition } from '@fimforms/format';
import { compileExpression } from './compile-expression.js';
import type { CompiledExpression } from './compiled-expression.js';
import { indexDefinition, type DefinitionIndex, type ElementNode, type IndexOptions } from './definition-index.js';
import type { ExpressionLimits } from './limits.js';

const EFFECTS = new Set<RuleEffectKind>(['require', 'forbid', 'valid', 'show', 'readonly', 'compute', 'cardinality']);

/** One effect of a rule, compiled: target resolved, expressions ready, references resolved. */
export interface CompiledEffect {
  /** Key of the rule in `rules`. */
  rule: string;
  effect: RuleEffectKind;
  /** JSON pointer of the effect object. */
  pointer: string;
  /** The occurrence acted on; absent for a form-wide `valid`. */
  target: ElementNode | undefined;
  when: CompiledExpression | undefined;
  value: CompiledExpression | undefined;
  min: CompiledExpression | undefined;
  max: CompiledExpression | undefined;
  message: LocalizedText | undefined;
  /** Resolved references of all its expressions. */
  references: ReadonlyMap<string, ElementNode>;
}

/** The result of {@link compileRules}. */
export interface CompiledRules {
  index: DefinitionIndex;
  /** Effects that compiled without error, in definition order. */
  effects: CompiledEffect[];
  /** Problems; an effect with an error-severity diagnostic is left out of `effects`. */
  diagnostics: Diagnostic[];
}

/** Options of {@link compileRules}: those of the index it builds, or the index itself. */
export interface CompileRulesOptions extends IndexOptions {
  /** The index of this definition, when the caller has built it already (the validator resolves references with it). */
  index?: DefinitionIndex;
}

const cache = new WeakMap<FormDefinition, CompiledRules>();

/**
 * Compiles every rule effect of a definition (cached per definition object when no limits and
 * no index are given and `options.cached` is not false). Reports syntax and shape errors,
 * unknown references and targets, missing parts.
 */
export function compileRules(definition: FormDefinition, limits?: Partial<ExpressionLimits>, options: CompileRulesOptions = {}): CompiledRules {
  const useCache = limits === undefined && options.index === undefined && options.cached !== false;
  const cached = useCache ? cache.get(definition) : undefined;
  if (cached) return cached;
  const index = options.index ?? indexDefinition(definition, options);
  const effects: CompiledEffect[] = [];
  const diagnostics: Diagnostic[] = [];
  const rules = isObject(definition.rules) ? definition.rules : {};
  for (const [ruleKey, rule] of Object.entries(rules)) {
    if (!isObject(rule) || !Array.isArray(rule.effects)) continue;
    rule.effects.forEach((effect, i) => {
      const pointer = `/rules/${escapePointerSegment(ruleKey)}/effects/${i}`;
      const compiled = compileEffect(index, ruleKey, effect, pointer, limits, diagnostics);
      if (compiled) effects.push(compiled);
    });
  }
  const result = { index, effects, diagnostics };
  if (useCache) cache.set(definition, result);
  return result;
}

function compileEffect(
  index: DefinitionIndex,
  rule: string,
  effect: unknown,
  pointer: string,
  limits: Partial<ExpressionLimits> | undefined,
  diagnostics: Diagnostic[],
): CompiledEffect | undefined {
  const before = diagnostics.length;
  if (!isObject(effect) || !EFFECTS.has(effect['effect'] as RuleEffectKind)) {
    diagnostics.push(problem('rule-unknown-effect', `${pointer}/effect`, 'unbekannte Wirkung einer Regel', 'unknown rule effect'));
    return undefined;
  }
  const kind = effect['effect'] as RuleEffectKind;
  let target: ElementNode | undefined;
  if (typeof effect['target'] === 'string') {
    target = index.resolve(effect['target']).node;
    if (!target) diagnostics.push(problem('rule-unknown-target', `${pointer}/target`, `Ziel „${effect['target']}“ ist unbekannt`, `target "${effect['target']}" is unknown`));
  } else if (kind !== 'valid') {
    diagnostics.push(problem('rule-missing-target', pointer, `die Wirkung „${kind}“ braucht ein Ziel`, `effect "${kind}" needs a target`));
  }
  if (kind === 'compute' && target && target.kind !== 'field') {
    diagnostics.push(problem('rule-invalid-target', `${pointer}/target`, 'berechnen kann nur ein Feld', 'only a field can be computed'));
  }
  if (kind === 'compute' && effect['value'] === undefined) {
    diagnostics.push(problem('rule-missing-value', pointer, 'eine Berechnung braucht „value“', 'a compute effect needs "value"'));
  }
  if (kind === 'cardinality' && effect['min'] === undefined && effect['max'] === undefined) {
    diagnostics.push(problem('rule-missing-value', pointer, 'eine Multiplizitätsregel braucht „min“ oder „max“', 'a cardinality effect needs "min" or "max"'));
  }
  const references = new Map<string, ElementNode>();
  const part = (name: 'when' | 'value' | 'min' | 'max'): CompiledExpression | undefined => {
    if (effect[name] === undefined) return undefined;
    const result = compileExpression(effect[name] as Expression, { pointer: `${pointer}/${name}`, ...(limits ? { limits } : {}) });
    if (!result.ok) {
      diagnostics.push(...result.diagnostics);
      return undefined;
    }
    resolveReferences(index, result.expression, references, diagnostics);
    return result.expression;
  };
  const compiled: CompiledEffect = {
    rule,
    effect: kind,
    pointer,
    target,
    when: part('when'),
    value: kind === 'compute' ? part('value') : undefined,
    min: kind === 'cardinality' ? part('min') : undefined,
    max: kind === 'cardinality' ? part('max') : undefined,
    message: isObject(effect['message']) ? (effect['message'] as unknown as LocalizedText) : undefined,
    references,
  };
  return diagnostics.slice(before).some((d) => d.severity === 'error') ? undefined : compiled;
}

function resolveReferences(index: DefinitionIndex, node: CompiledExpression, into: Map<string, ElementNode>, diagnostics: Diagnostic[]): void {
  if (node.kind === 'call') {
    for (const arg of node.args) resolveReferences(index, arg, into, diagnostics);
    return;
  }
  if (node.kind !== 'reference') return;
  const resolved = index.resolve(node.reference);
  if (resolved.node) into.set(node.reference, resolved.node);
  else diagnostics.push(problem('rule-unknown-reference', node.pointer, `„${node.reference}“ bezeichnet kein Element des Formulars`, `"${node.reference}" names no element of the form`));
  if (resolved.matches.length > 1) {
    diagnostics.push({
      ...problem('rule-ambiguous-reference', node.pointer, `„${node.reference}“ ist mehrdeutig; das erste Vorkommen gilt`, `"${node.reference}" is ambiguous; the first occurrence is used`),
      severity: 'warning',
      hint: { de: 'Verweisen Sie mit einem Pfad technischer Namen (a.b.c).', en: 'Refer by a dotted path of technical names (a.b.c).' },
    });
  }
}

function problem(code: string, pointer: string, de: string, en: string): Diagnostic {
  return { code, severity: 'error', pointer, message: { de: `Regel: ${de}`, en: `Rule: ${en}` } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import type { Diagnostic, FormDefinition, PatternMatcher } from '@fimforms/format';
import { indexDefinition, repeatingChain, type DefinitionIndex, type ElementNode } from '@fimforms/expressions/core';
import type { CompiledEffect, CompiledRules } from '@fimforms/expressions';
import type { PatternResult } from './compile-pattern.js';
import { hasRuleEffects, partMissing, valueTypePartOf } from './parts-needed.js';
import { compileFieldCheck, type FieldCheck } from './validate-field.js';
import type { CheckParts } from './value-type-parts.js';
import { codeListCodes } from './code-list-codes.js';
import { fixedContent } from './field-value.js';

/** A rule effect placed in the dependency graph. */
export interface EffectBinding {
  effect: CompiledEffect;
  /** Position in evaluation order (topological: writers before readers). */
  rank: number;
  /** Bindings whose result can change when this one's does. */
  dependents: EffectBinding[];
  /**
   * The repeating occurrences whose instance index is in scope while the effect runs: those
   * around its target, and the target itself unless it is a `cardinality` effect (which runs once
   * per occurrence, not per instance).
   */
  scope: readonly ElementNode[];
  /**
   * The one instance path the effect runs at, when its target has one instance (or it has no
   * target: `""`); then its result is kept by rank, not in a map by path.
   */
  singlePath: string | undefined;
}

/**
 * Everything the engine derives once per definition: the occurrence tree, compiled rules in
 * dependency order, who reads which node, compiled patterns and code lists. Cached per definition object.
 */
export interface FormModel {
  definition: FormDefinition;
  index: DefinitionIndex;
  bindings: EffectBinding[];
  /** Bindings in evaluation order. */
  ordered: EffectBinding[];
  /** For each node index: the bindings that read it (directly, or through an ancestor group or a descendant). */
  readers: EffectBinding[][];
  /** For each node index: the bindings that act on it. */
  byTarget: EffectBinding[][];
  /** Node by technical-name path without instance indices (`antragsteller.vorname`). */
  byPath: ReadonlyMap<string, ElementNode>;
  /** Compiled field patterns by node index (absent: no pattern; null: unusable, see diagnostics). */
  patterns: ReadonlyMap<number, PatternMatcher | null>;
  /** The compiled checks of field nodes' values, by node index, as compiled so far (see `fieldCheckOf`). */
  checks: (FieldCheck | undefined)[];
  /** The parts the checks take, as the model was built with them (a model missing one is not cached). */
  checkParts: CheckParts;
  /** The engine parts building this model used: an engine without one of them cannot share it (formModel). */
  partsUsed: readonly (keyof ModelParts)[];
  /** Codes of the definition's code lists (only lists with embedded values). */
  codeLists: ReadonlyMap<string, ReadonlySet<string>>;
  /** For each node index: whether a `compute` rule sets it. */
  computed: boolean[];
  /** For each node index: whether a `valid` effect acts on it. */
  validated: boolean[];
    /** `valid` effects without a target (form-wide). */
  formWide: EffectBinding[];
  /** True when some `show` or `forbid` rule can hide an element (else everything is visible). */
  hasVisibilityRules: boolean;
  /** True when some `readonly` rule can lock an element (else only the definition makes a field read-only). */
  hasReadonlyRules: boolean;
  /**
   * True when a submitted value can be refused for where it stands: a visibility rule may hide
   * it, a `compute` rule sets it, or its field has a fixed value (`hidden`/`locked` with content).
   */
  checksSubmittedValues: boolean;
  /** Every field node, in document order. */
  fields: ElementNode[];
  /** Every repeating node (`max > 1`), in document order. */
  repeating: ElementNode[];
  /** Field nodes inside groups but outside every repeating occurrence (one instance each, with ancestors). */
  nestedSingleFields: ElementNode[];
  /**
   * Fields whose value the form sends by itself: computed ones, and `hidden`/`locked` ones with
   * fixed content (a submission without their value did not come from the form).
   */
  sentByForm: ElementNode[];
  /**
   * For a node outside every repeating occurrence: its one instance (path without indices),
   * shared by all engines; undefined for nodes inside or at a repeating occurrence.
   */
  singleInstance: ({ path: string; indices: number[] }[] | undefined)[];
  /** Node of an instance path, memoised across engines (bounded by the engine). */
  nodeCache: Map<string, ElementNode | undefined>;
  /** Element instances along an instance path, memoised across engines (bounded by the engine). */
  lineageCache: Map<string, [ElementNode, string][]>;
  /** Problems found while preparing the model (rule compile errors, unsafe patterns). */
  diagnostics: Diagnostic[];
}

/**
 * What building a model takes of the engine parts (`EngineParts`, src/engine-parts.ts): the rules part's compiler, the pattern
 * engine, and the dates and latin parts its field checks take.
 */
export interface ModelParts extends CheckParts {
  rules?: { compileRules: (definition: FormDefinition) => CompiledRules } | undefined;
  compilePattern?: ((pattern: string, maxLength?: number) => PatternResult) | undefined;
}

const cache = new WeakMap<FormDefinition, FormModel>();

/**
 * Builds (or returns the cached) model of a definition, compiling its rules and patterns with `parts`
 * (src/engine-parts.ts). A model missing a part the definition needs says so and is not cached; a cached
 * model serves only engines that have every part it was built with, so an engine without one reports it
 * (`engine-part-missing`) whichever engine built the model first.
 */
export function formModel(definition: FormDefinition, parts: ModelParts): FormModel {
  const cached = cache.get(definition);
  if (cached && cached.partsUsed.every((part) => parts[part])) return cached;
  const compiled = compiledRules(definition, parts);
  const index = compiled.index;
  const diagnostics = [...compiled.diagnostics];
  if (index.truncated) {
    diagnostics.push({
      code: 'structure-too-large',
      severity: 'error',
      pointer: '/structure',
      message: {
        de: 'Die Struktur ist zu groß oder zu tief verschachtelt; nur ein Teil wird ausgeführt',
        en: 'The structure is too large or nested too deeply; only part of it runs',
      },
    });
  }
  const singleInstance = singleInstances(index.nodes);
  const bindings: EffectBinding[] = compiled.effects.map((effect) => ({ effect, rank: 0, dependents: [], scope: scopeOf(effect), singlePath: singlePathOf(effect, singleInstance) }));
  const readers: EffectBinding[][] = index.nodes.map(() => []);
  for (const binding of bindings) {
    const read = new Set<ElementNode>();
    for (const node of binding.effect.references.values()) {
      for (let at: ElementNode | undefined = node; at; at = at.parent) read.add(at);
      for (const below of descendants(node)) read.add(below);
    }
    for (const node of read) readers[node.index]!.push(binding);
  }
  for (const binding of bindings) {
    const { effect } = binding;
    if (!effect.target || !(effect.effect === 'compute' || effect.effect === 'show' || effect.effect === 'forbid')) continue;
    const seen = new Set<EffectBinding>();
    for (const node of [effect.target, ...descendants(effect.target)]) {
      for (const reader of readers[node.index]!) if (reader !== binding && !seen.has(reader)) seen.add(reader);
    }
    binding.dependents = [...seen];
  }
  const ordered = topologicalOrder(bindings);
  ordered.forEach((binding, rank) => (binding.rank = rank));
  const { patterns, valueTypeParts } = fieldParts(index.nodes, parts, diagnostics);
  const byTarget: EffectBinding[][] = index.nodes.map(() => []);
  for (const binding of bindings) if (binding.effect.target) byTarget[binding.effect.target.index]!.push(binding);
  const fields = index.nodes.filter((node) => node.kind === 'field');
  const computed = byTarget.map((list) => list.some((b) => b.effect.effect === 'compute'));
  const hasVisibilityRules = bindings.some((b) => b.effect.effect === 'show' || b.effect.effect === 'forbid');
  const sentByForm = fields.filter((node) => computed[node.index] || fixedContent(node.field) !== undefined);
  const partsUsed: (keyof ModelParts)[] = [...(bindings.length > 0 ? ['rules' as const] : []), ...(patterns.size > 0 ? ['compilePattern' as const] : []), ...valueTypeParts];
  const model: FormModel = { definition, index, bindings, ordered, readers, byTarget, byPath: index.byPath, patterns, checks: [], checkParts: parts, partsUsed, codeLists: codeListCodes(definition), diagnostics, nodeCache: new Map(), lineageCache: new Map(),
    fields,
    repeating: index.nodes.filter((node) => node.repeating),
    nestedSingleFields: fields.filter((node) => node.parent && singleInstance[node.index]),
    sentByForm,
    computed,
    formWide: bindings.filter((b) => !b.effect.target),
    validated: byTarget.map((list) => list.some((b) => b.effect.effect === 'valid')),
    hasVisibilityRules,
    hasReadonlyRules: bindings.some((b) => b.effect.effect === 'readonly'),
    // A value can be refused for where it stands only when a rule can hide it, a rule computes it, or the definition fixes it.
    checksSubmittedValues: hasVisibilityRules || sentByForm.length > 0,
    singleInstance,
  };
  if (!diagnostics.some((diagnostic) => diagnostic.code === 'engine-part-missing')) cache.set(definition, model);
  return model;
}

/**
 * The fields' patterns, compiled once per field (a field placed twice shares them), and the parts their value types
 * take (`valueTypePartOf`); a part `parts` lacks is reported once per field, at the pointer of what it would check.
 */
function fieldParts(nodes: readonly ElementNode[], parts: ModelParts, diagnostics: Diagnostic[]): { patterns: Map<number, PatternMatcher | null>; valueTypeParts: Set<'dates' | 'latin'> } {
  const patterns = new Map<number, PatternMatcher | null>();
  const valueTypeParts = new Set<'dates' | 'latin'>();
  const byKey = new Map<string, PatternMatcher | null>();
  for (const node of nodes) {
    if (!node.field) continue;
    const seen = byKey.has(node.key);
    const pattern = node.field.constraints?.pattern;
    if (pattern !== undefined) {
      if (!seen) byKey.set(node.key, compiledPattern(pattern, node.field.constraints?.maxLength, `/fields/${node.key}/constraints/pattern`, parts, diagnostics));
      patterns.set(node.index, byKey.get(node.key)!);
    } else if (!seen) byKey.set(node.key, null);
    const part = valueTypePartOf(node.field);
    if (!part) continue;
    valueTypeParts.add(part);
    if (!seen && !parts[part]) diagnostics.push(partMissing(part, `/fields/${node.key}/type`));
  }
  return { patterns, valueTypeParts };
}

/** A field's pattern as a matcher, or null when it is not checked (no pattern engine, or a pattern refused: reported). */
function compiledPattern(pattern: string, maxLength: number | undefined, at: string, parts: ModelParts, diagnostics: Diagnostic[]): PatternMatcher | null {
  const result = parts.compilePattern?.(pattern, maxLength);
  if (!result) diagnostics.push(partMissing('patterns', at));
  else if (!result.ok) diagnostics.push({ ...result.diagnostic, pointer: at });
  return result?.ok ? result.matcher : null;
}

/** The definition's compiled rules; without the rule compiler, its occurrence tree alone (and a diagnostic if it has rule effects). */
function compiledRules(definition: FormDefinition, parts: ModelParts): CompiledRules {
  if (parts.rules) return parts.rules.compileRules(definition);
  return { index: indexDefinition(definition), effects: [], diagnostics: hasRuleEffects(definition) ? [partMissing('rules', '/rules')] : [] };
}

/**
 * The checks of a field node's values, compiled on first use: a form starts with few values, and
 * compiling every field's checks up front cost a 2,000-field form a good part of its start.
 */
export function fieldCheckOf(model: FormModel, node: ElementNode): FieldCheck | undefined {
  return node.field && (model.checks[node.index] ??= compileFieldCheck(node.field, model.patterns.get(node.index), model.checkParts));
}

// Parents precede their children in document order, so each single path is one concatenation.
function singleInstances(nodes: readonly ElementNode[]): ({ path: string; indices: number[] }[] | undefined)[] {
  const result: ({ path: string; indices: number[] }[] | undefined)[] = [];
  for (const node of nodes) {
    const parent = node.parent ? result[node.parent.index]?.[0]?.path : '';
    result.push(parent === undefined || node.repeating ? undefined : [{ path: parent ? `${parent}.${node.name}` : node.name, indices: [] }]);
  }
  return result;
}

function singlePathOf(effect: CompiledEffect, singleInstance: readonly ({ path: string }[] | undefined)[]): string | undefined {
  const target = effect.target;
  if (!target) return '';
  if (effect.effect !== 'cardinality') return singleInstance[target.index]?.[0]!.path;
  // A cardinality effect runs once per occurrence: one, when the parent has one instance.
  if (!target.parent) return target.name;
  const parent = singleInstance[target.parent.index]?.[0]!.path;
  return parent === undefined ? undefined : `${parent}.${target.name}`;
}

function scopeOf(effect: CompiledEffect): ElementNode[] {
  const target = effect.target;
  if (!target) return [];
  return repeatingChain(target).filter((node) => effect.effect !== 'cardinality' || node !== target);
}

/** Every node below `node`. */
export function descendants(node: ElementNode): ElementNode[] {
  const result: ElementNode[] = [];
  const stack = [...node.children];
  while (stack.length > 0) {
    const next = stack.pop()!;
    result.push(next);
    stack.push(...next.children);
  }
  return result;
}

// Kahn's algorithm; bindings on a cycle (show A ↔ show B) follow in definition order, so the
// result stays deterministic (specs/runtime.md §3.2).
function topologicalOrder(bindings: EffectBinding[]): EffectBinding[] {
  const incoming = new Map<EffectBinding, number>(bindings.map((b) => [b, 0]));
  for (const binding of bindings) for (const dependent of binding.dependents) incoming.set(dependent, incoming.get(dependent)! + 1);
  const ready = bindings.filter((b) => incoming.get(b) === 0);
  const ordered: EffectBinding[] = [];
  const placed = new Set<EffectBinding>();
  while (ready.length > 0) {
    const next = ready.shift()!;
    ordered.push(next);
    placed.add(next);
    for (const dependent of next.dependents) {
      const count = incoming.get(dependent)! - 1;
      incoming.set(dependent, count);
      if (count === 0) ready.push(dependent);
    }
  }
  for (const binding of bindings) if (!placed.has(binding)) ordered.push(binding);
  return ordered;
}

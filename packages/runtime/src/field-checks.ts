import type { Diagnostic, LocalizedText } from '@fimforms/format';
import type { ElementNode } from '@fimforms/expressions';
import { problem } from './diagnostic-at.js';
import { fieldCheckOf } from './form-model.js';
import type { InstanceTree } from './instance-tree.js';
import { parentPath, toPointer } from './instance-path.js';
import type { Presence } from './presence.js';
import type { FormRules } from './form-rules.js';
import type { CheckSurroundings } from './validate-field.js';
import { fixedContent } from './field-value.js';
import { ENTRIES, counted, isOrAre } from './counted-noun.js';

const NONE: readonly Diagnostic[] = Object.freeze([]);

/**
 * The errors of the form (specs/runtime.md §5): field errors kept per instance path and
 * revalidated where a change can reach, and the errors of rules, choices and counts derived
 * on request, in document order.
 */
export class FieldChecks {
  readonly #tree: InstanceTree;
  readonly #rules: FormRules;
  readonly #presence: Presence;
  readonly #surroundings: CheckSurroundings;
  /** Field errors by instance path; a path without errors has no entry. */
  readonly #fieldErrors = new Map<string, readonly Diagnostic[]>();
  /** Presence of optional group instances when their fields were last revalidated (see `revalidate`). */
  readonly #groupPresence = new Map<string, boolean>();
  /** True while `#fieldErrors` waits for the validation `validateAll` asked for. */
  #pending = false;

  constructor(tree: InstanceTree, rules: FormRules, presence: Presence, surroundings: CheckSurroundings) {
    this.#tree = tree;
    this.#rules = rules;
    this.#presence = presence;
    this.#surroundings = surroundings;
  }

  /**
   * Validates every field instance — when the errors are first asked for: until then `errorsAt`
   * checks the one field asked about, as a first screen shows a few fields of thousands.
   */
  validateAll(): void {
    this.#fieldErrors.clear();
    this.#groupPresence.clear();
    this.#pending = true;
  }

  #settle(): void {
    if (!this.#pending) return;
    this.#pending = false;
    for (const node of this.#tree.model.fields) for (const { path } of this.#tree.instancesOf(node)) this.#validate(path, node, false);
  }

  /**
   * Revalidates the changed field instances, and the fields of optional groups around them whose
   * presence changed (a value inside an optional group makes its fields required); adds those to `paths`.
   */
  revalidate(paths: Set<string>): void {
    const optionalGroups = new Set<string>();
    for (const path of paths) {
      for (let prefix = parentPath(path); prefix && !optionalGroups.has(prefix); prefix = parentPath(prefix)) {
        const group = this.#tree.nodeOf(prefix);
        if (group && group.kind === 'group' && group.min === 0 && !group.repeating) optionalGroups.add(prefix);
      }
    }
    // Only where the group's presence changed: a hub field read by rules in every group must
    // not revalidate every field of the form on each keystroke.
    for (const prefix of optionalGroups) {
      const present = this.#presence.groupPresent(this.#tree.nodeOf(prefix)!, prefix);
      if (this.#groupPresence.get(prefix) === present) continue;
      this.#groupPresence.set(prefix, present);
      for (const path of this.#tree.fieldPathsBelow(prefix)) paths.add(path);
    }
    if (this.#pending) return;
    // Every path here was enumerated from existing instances (or checked by setValue); the paths of
    // group instances and repeating occurrences among them have no field errors.
    for (const path of paths) {
      const node = this.#tree.nodeOf(path);
      if (node?.kind === 'field' && this.#tree.isInstancePath(path, node)) this.#validate(path, node, true);
    }
  }

  // `replace`: the path may have errors from before (else the map was just cleared).
  #validate(path: string, node: ElementNode, replace: boolean): void {
    const errors = this.#errorsOfValue(path, node);
    // Only errors are kept: most values have none, and a map entry per value cost the server
    // about 7 % of validateSubmission.
    if (errors.length > 0) this.#fieldErrors.set(path, errors);
    else if (replace) this.#fieldErrors.delete(path);
  }

  /** The errors of a field instance's own value: its checks, or `value-required` when it is empty but must be filled in. */
  #errorsOfValue(path: string, node: ElementNode): readonly Diagnostic[] {
    if (!node.field) return NONE;
    const value = this.#tree.valueOf(path, node);
    if (value !== undefined) return fieldCheckOf(this.#tree.model, node)!(value, path, this.#surroundings);
    return this.#presence.isRequired(path, node) ? [this.#requiredError(node, path)] : NONE;
  }

  #requiredError(node: ElementNode, path: string): Diagnostic {
    const message = this.#rules.holding(node, path, 'require')?.effect.message;
    return problem('value-required', toPointer(path), message?.de ?? 'Bitte füllen Sie dieses Feld aus', message?.en ?? message?.de ?? 'Please fill in this field');
  }

  /** The errors of a field instance (its own and those of `valid` effects on it), assuming it is visible. */
  errorsAt(path: string, node: ElementNode): Diagnostic[] {
    const own = this.#pending ? this.#errorsOfValue(path, node) : (this.#fieldErrors.get(path) ?? NONE);
    return [...own, ...this.#ruleErrorsAt(path, node)];
  }

  /** Errors of every visible element, in document order. */
  errors(): Diagnostic[] {
    this.#settle();
    const errors: Diagnostic[] = [];
    const tree = this.#tree;
    const { validated } = tree.model;
    for (const node of tree.model.index.nodes) {
      // Most elements can have no error of their own: no field error anywhere, no `valid` effect, no choice.
      const own = (node.kind === 'field' && this.#fieldErrors.size > 0) || validated[node.index] || node.group?.choice === true;
      if (own) for (const instance of tree.instancesOf(node)) {
        if (!this.#rules.isVisible(instance.path)) continue;
        const fieldErrors = node.kind === 'field' ? this.#fieldErrors.get(instance.path) : undefined;
        if (fieldErrors) errors.push(...fieldErrors);
        const ruleErrors = this.#ruleErrorsAt(instance.path, node);
        if (ruleErrors.length > 0) errors.push(...ruleErrors);
        if (node.group?.choice) errors.push(...this.#choiceErrors(node, instance.path));
      }
      if (node.repeating) for (const { path } of tree.occurrenceInstances(node)) errors.push(...this.#countErrors(node, path));
    }
    errors.push(...this.#ruleErrorsAt('', undefined));
    return errors;
  }

  #ruleErrorsAt(path: string, node: ElementNode | undefined): readonly Diagnostic[] {
    const model = this.#tree.model;
    const bindings = node ? model.byTarget[node.index]! : model.formWide;
    if (bindings.length === 0) return NONE;
    // A `valid` rule on a field waits until the field is filled in; emptiness is `require`'s business.
    if (node?.kind === 'field' && this.#tree.valueOf(path, node) === undefined) return NONE;
    let errors: Diagnostic[] | undefined;
    for (const binding of bindings) {
      if (binding.effect.effect !== 'valid' || this.#rules.resultOf(binding, path) !== false) continue;
      const message: LocalizedText | undefined = binding.effect.message;
      (errors ??= []).push({
        ...problem('rule-violated', toPointer(path), message?.de ?? 'Die Eingaben passen nicht zusammen', message?.en ?? message?.de ?? 'The inputs do not fit together'),
        hint: { de: `Regel ${binding.effect.rule}`, en: `Rule ${binding.effect.rule}` },
      });
    }
    return errors ?? NONE;
  }

  #countErrors(node: ElementNode, path: string): Diagnostic[] {
    if (takesNoInput(node) || !this.#rules.isVisible(path) || !this.#presence.parentPresent(path, node)) return [];
    const { min, max } = this.#rules.instanceBounds(node, path);
    const count = node.kind === 'field' ? this.#presence.filledInstances(path, node) : this.#tree.instanceCount(path);
    const pointer = toPointer(path);
    if (count < min) return [problem('instances-too-few', pointer, `Mindestens ${counted(min, ENTRIES, 'de')} erforderlich`, `At least ${counted(min, ENTRIES, 'en')} ${isOrAre(min)} required`)];
    if (count > max) return [problem('instances-too-many', pointer, `Höchstens ${counted(max, ENTRIES, 'de')} erlaubt`, `At most ${counted(max, ENTRIES, 'en')} ${isOrAre(max)} allowed`)];
    return [];
  }

  #choiceErrors(node: ElementNode, path: string): Diagnostic[] {
    if (!this.#presence.groupPresent(node, path)) return [];
    const filled = node.children.filter((child) => {
      const childPath = `${path}.${child.name}`;
      if (!this.#rules.isVisible(childPath)) return false;
      return child.kind === 'field' && !child.repeating
        ? this.#tree.stored(childPath, child) !== undefined
        : this.#presence.hasVisibleValue(childPath) || this.#presence.filledInstances(childPath, child) > 0;
    }).length;
    if (filled === 1) return [];
    return filled === 0
      ? [problem('choice-none-selected', toPointer(path), 'Bitte füllen Sie eine der Möglichkeiten aus', 'Please fill in one of the options')]
      : [problem('choice-several-selected', toPointer(path), 'Bitte füllen Sie nur eine der Möglichkeiten aus', 'Please fill in only one of the options')];
  }
}

/**
 * A label, or a hidden or locked field without content: nobody can fill its instances in, so its
 * occurrence demands none (specs/runtime.md §4.3) — the payload schemas leave it out or optional.
 */
function takesNoInput(node: ElementNode): boolean {
  const control = node.field?.control;
  return control === 'label' || ((control === 'hidden' || control === 'locked') && fixedContent(node.field) === undefined);
}

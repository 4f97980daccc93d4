import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { fixedContent } from './field-value.js';
import { ALL_ENGINE_PARTS } from './all-engine-parts.js';
import { formModel } from './form-model.js';
import { readPrefill } from './prefill-entries.js';
import { prefillMismatches } from './prefill-mismatches.js';
import { readsProvenance } from './reads-provenance.js';
import { FormState } from './form-state.js';
import type { FormOptions, PrefillValue, ValidationResult } from './form-types.js';
import { toPointer } from './instance-path.js';
import { problem } from './diagnostic-at.js';
import { readSubmission } from './read-submission.js';
import type { ValueStore } from './value-store.js';

/** Options of {@link validateSubmission}. */
export type SubmissionOptions = Pick<FormOptions, 'now' | 'timeZone' | 'codeLists'> & {
  /**
   * The prefill the form was given, as the server kept it from the identity provider's session
   * (never from the client): locked values must come back unchanged (specs/runtime.md §4.6).
   */
  prefill?: Record<string, PrefillValue>;
};

/**
 * Validates a submission on the server (specs/submission.md §6): the same state as in the
 * browser, so a form the browser accepts passes here and the errors are the ones it shows.
 * Also rejects unknown names, values of hidden elements, changed or missing computed or fixed
 * values, and (given `prefill`) changed or missing locked prefilled values.
 */
export function validateSubmission(definition: FormDefinition, data: unknown, options: SubmissionOptions = {}): ValidationResult {
  const model = formModel(definition, ALL_ENGINE_PARTS);
  const read = readSubmission(model, data);
  if (read.diagnostics.some((d) => d.code === 'submission-not-object')) return { valid: false, errors: read.diagnostics };
  const form = new FormState(model, { ...options, parts: ALL_ENGINE_PARTS }, read.values, read.counts);
  const errors: Diagnostic[] = read.diagnostics;
  const prefill = options.prefill === undefined ? undefined : readPrefill(options.prefill, (path) => form.tree.nodeOf(path), definition.prefill?.lockFrom, (d) => {
    if (d.severity === 'error') errors.push(d);
  });
  if (prefill && prefill.length > 0) {
    form.tree.keepPrefillProvenance(prefill);
    // Rules that read a value's source (prefillLevel) see what the browser saw; other forms need no second pass.
    if (readsProvenance(model)) form.recomputeAll();
  }
  // Most forms hide nothing, compute nothing and fix nothing: then no value can be refused for where it stands.
  if (model.checksSubmittedValues) errors.push(...placementErrors(form, read.values, read.diagnostics));
  if (prefill) errors.push(...prefillMismatches(form, prefill.filter((entry) => entry.provenance.locked)));
  errors.push(...form.checks.errors());
  return { valid: errors.length === 0, errors };
}

/**
 * Values the form would not have sent (hidden, changed computed or fixed values), and values it
 * would have sent but that are missing: a computed value, or the fixed value of a `hidden`/`locked`
 * field in a present group (specs/submission.md §6) — the payload schemas require them.
 */
function placementErrors(form: FormState, values: ValueStore, shapeErrors: readonly Diagnostic[]): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const { model, tree } = form;
  values.forEach((path, given, known) => {
    const node = known ?? tree.nodeOf(path)!;
    const computed = model.computed[node.index]!;
    const fixed = fixedContent(node.field);
    const visible = form.isVisible(path);
    if (visible && !computed && fixed === undefined) return;
    const pointer = toPointer(path);
    if (!visible) {
      errors.push(problem('submission-hidden-value', pointer, 'Ein ausgeblendetes Feld darf keinen Wert haben', 'A hidden field must not have a value'));
    } else if (computed && JSON.stringify(form.valueOf(path, node)) !== JSON.stringify(given)) {
      errors.push(problem('value-computed-mismatch', pointer, 'Der Wert weicht vom berechneten ab', 'The value differs from the computed one'));
    } else if (!computed && fixed !== undefined && String(given) !== fixed) {
      errors.push(problem('value-fixed-mismatch', pointer, 'Ein fester Wert wurde verändert', 'A fixed value was changed'));
    }
  });
  for (const node of model.sentByForm) {
    for (const { path } of tree.instancesOf(node)) {
      if (values.get(path, node) !== undefined || !form.isVisible(path)) continue;
      const pointer = toPointer(path);
      // A value of the wrong shape was refused already; it is not missing as well.
      if (shapeErrors.some((error) => error.pointer === pointer)) continue;
      if (model.computed[node.index]) {
        if (form.valueOf(path, node) !== undefined) errors.push(problem('value-computed-mismatch', pointer, 'Der berechnete Wert fehlt', 'The computed value is missing'));
      } else if (form.presence.parentPresent(path, node)) {
        errors.push(problem('value-fixed-mismatch', pointer, 'Der feste Wert fehlt', 'The fixed value is missing'));
      }
    }
  }
  return errors;
}

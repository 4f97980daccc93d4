import type { Diagnostic, FormDefinition } from '@fimforms/format';
import type { Placed, Skeleton } from './generated-form.js';
import type { PairVerdict } from './payload-verdicts.js';
import { referencesTo, selfAssertion } from './rule-effects.js';

/** A pair on which the runtime and a payload schema disagree, in the sense of payload.md §1. */
export interface Disagreement {
  kind: 'sample-refused-by-runtime' | 'rule-verdict-differs' | 'runtime-accepts-serializer-refuses' | 'runtime-accepts-xsd-rejects' | 'runtime-accepts-json-rejects' | 'xsd-accepts-expressible' | 'json-accepts-expressible';
  submission: unknown;
  detail: unknown;
}

// Field and structure checks an XSD states (payload.md §3): a value outside them is refused there too.
const XSD_EXPRESSIBLE = new Set([
  'value-required',
  'value-invalid-type',
  'value-invalid-characters',
  'value-too-short',
  'value-too-long',
  'value-pattern-mismatch',
  'value-below-minimum',
  'value-above-maximum',
  'value-not-in-code-list',
  'file-size-too-large',
  'file-media-type-not-allowed',
  'instances-too-few',
  'instances-too-many',
  'choice-none-selected',
  'choice-several-selected',
  'submission-unknown-field',
  'submission-unexpected-value',
]);

// Errors about what must be present: they depend on which groups count as present (runtime.md §4.2).
const STRUCTURAL = new Set(['value-required', 'instances-too-few', 'instances-too-many', 'choice-none-selected', 'choice-several-selected']);

/**
 * A group counts as present when it holds a value — a computed one too, and a rule may hide
 * what is in it — so what must be present below a group a rule acts inside is the rules' business.
 */
function presenceDependsOnRules(placed: Placed, touched: Set<Placed>): boolean {
  for (let group = placed.parent; group; group = group.parent) if ([...touched].some((other) => isBelow(other, group))) return true;
  return false;
}

/**
 * Whether the XSD states the check behind a runtime error: the XÖV code element is `xs:token`,
 * which collapses whitespace before the enumeration compares (payload.md §9).
 */
function xsdExpressible(error: Diagnostic, placed: Placed | undefined, value: unknown): boolean {
  if (placed?.kind !== 'field' || placed.spec.codeList === undefined || typeof value !== 'string') return true;
  const collapsed = value.replace(/[\t\n\r ]+/g, ' ').trim();
  return !placed.spec.inside.includes(collapsed);
}

/**
 * Whether the JSON Schema states the check behind a runtime error: payload.md §9 leaves date,
 * time and date-time bounds and the two fraction digits of `num_currency` to the runtime.
 */
function jsonExpressible(error: Diagnostic, placed: Placed | undefined, value: unknown): boolean {
  const type = placed?.kind === 'field' ? placed.spec.field.type : undefined;
  if ((error.code === 'value-below-minimum' || error.code === 'value-above-maximum') && (type === 'date' || type === 'time' || type === 'datetime')) return false;
  if (error.code === 'value-invalid-type' && type === 'num_currency' && typeof value === 'string' && /^-?\d+\.\d*[1-9]\d*$/.test(value) && /\.\d{3,}/.test(value.replace(/0+$/, ''))) return false;
  return true;
}

/** The elements whose occurrence rules change: effect targets and everything below them. */
function ruleTouched(definition: FormDefinition, skeleton: Skeleton): Set<Placed> {
  const byReference = new Map<string, Placed>();
  for (const placed of skeleton.all) for (const form of referencesTo(placed)) byReference.set(form, placed);
  const touched = new Set<Placed>();
  for (const rule of Object.values(definition.rules ?? {})) {
    for (const effect of rule.effects ?? []) {
      const target = effect.target === undefined ? undefined : byReference.get(effect.target);
      if (target) touched.add(target);
    }
  }
  return new Set(skeleton.all.filter((placed) => [...touched].some((target) => placed === target || isBelow(placed, target) || isBelow(target, placed))));
}

function isBelow(placed: Placed, ancestor: Placed): boolean {
  for (let at = placed.parent; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/** The placed occurrence a submission pointer names (instance indices skipped), and the value there. */
function at(pointer: string, skeleton: Skeleton, submission: unknown): { placed: Placed | undefined; value: unknown } {
  const segments = pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: unknown = submission;
  for (const segment of segments) value = typeof value === 'object' && value !== null ? (value as { [key: string]: unknown })[segment] : undefined;
  const names = segments.filter((segment) => !/^\d+$/.test(segment)).join('.');
  return { placed: skeleton.all.find((placed) => placed.path.join('.') === names), value };
}

/**
 * The disagreements of one batch: the runtime accepts and a schema (or the serializer) refuses;
 * or the runtime refuses for a reason a schema can express, about an element no rule acts on,
 * and that schema accepts.
 */
export function disagreementsOf(definition: FormDefinition, skeleton: Skeleton, verdicts: PairVerdict[]): Disagreement[] {
  const touched = ruleTouched(definition, skeleton);
  const found: Disagreement[] = [];
  for (const verdict of verdicts) {
    const { submission } = verdict;
    if (verdict.runtimeErrors.length === 0) {
      if (verdict.serializerErrors.length > 0) found.push({ kind: 'runtime-accepts-serializer-refuses', submission, detail: verdict.serializerErrors });
      else {
        if (!verdict.xml.valid) found.push({ kind: 'runtime-accepts-xsd-rejects', submission, detail: verdict.xml.errors });
        if (!verdict.json.valid) found.push({ kind: 'runtime-accepts-json-rejects', submission, detail: verdict.json.errors });
      }
      continue;
    }
    const expressible = verdict.runtimeErrors
      .filter((error) => XSD_EXPRESSIBLE.has(error.code))
      .map((error) => ({ error, ...at(error.pointer, skeleton, submission) }))
      .filter(({ placed, error }) => (placed === undefined ? error.code === 'submission-unknown-field' : !touched.has(placed)))
      .filter(({ placed, error }) => !STRUCTURAL.has(error.code) || placed === undefined || !presenceDependsOnRules(placed, touched));
    if (expressible.length === 0) continue;
    const forXsd = expressible.filter(({ error, placed, value }) => xsdExpressible(error, placed, value));
    if (forXsd.length > 0 && verdict.xml.valid) found.push({ kind: 'xsd-accepts-expressible', submission, detail: forXsd.map(({ error }) => error) });
    const forJson = expressible.filter(({ error, placed, value }) => jsonExpressible(error, placed, value));
    if (forJson.length > 0 && verdict.json.valid) found.push({ kind: 'json-accepts-expressible', submission, detail: forJson.map(({ error }) => error) });
  }
  return found;
}

/**
 * The runtime's verdict on each `valid` assertion about a field's own value against an
 * independent reading of the assertion (rules.md §4.2), where nothing else acts on the field:
 * `rule-violated` at the field exactly when the assertion does not hold for its value.
 */
export function ruleVerdictDisagreements(definition: FormDefinition, skeleton: Skeleton, verdicts: PairVerdict[]): Disagreement[] {
  const byReference = new Map<string, Placed>();
  for (const placed of skeleton.all) for (const form of referencesTo(placed)) byReference.set(form, placed);
  const effects = Object.values(definition.rules ?? {}).flatMap((rule) => rule.effects ?? []);
  const targets = effects.map((effect) => (effect.target === undefined ? undefined : byReference.get(effect.target)));
  const found: Disagreement[] = [];
  effects.forEach((effect, index) => {
    const target = targets[index];
    if (effect.effect !== 'valid' || target?.kind !== 'field') return;
    const assertion = selfAssertion(target);
    // Only a field no other effect acts on, outside every repeating occurrence.
    const alone = targets.every((other, at) => at === index || (other !== target && (other === undefined || !isBelow(target, other))));
    const single = [target, ...ancestors(target)].every((placed) => !placed.cardinality.endsWith(':*') && Number(placed.cardinality.split(':')[1]) <= 1);
    if (!assertion || !alone || !single) return;
    const pointer = `/${target.path.join('/')}`;
    for (const verdict of verdicts) {
      const value = at(pointer, skeleton, verdict.submission).value;
      if (!target.spec.inside.includes(value)) continue;
      if (verdict.runtimeErrors.some((error) => error.pointer === pointer && error.code !== 'rule-violated')) continue;
      const violated = verdict.runtimeErrors.some((error) => error.pointer === pointer && error.code === 'rule-violated');
      if (violated === assertion.holds(value)) {
        found.push({ kind: 'rule-verdict-differs', submission: verdict.submission, detail: { assertion: effect.when, value, runtimeSaysViolated: violated } });
      }
    }
  });
  return found;
}

function ancestors(placed: Placed): Placed[] {
  const found: Placed[] = [];
  for (let at = placed.parent; at; at = at.parent) found.push(at);
  return found;
}

import fc from 'fast-check';
import type { Expression, Rule, RuleEffect } from '@fimforms/format';
import { computable } from './field-kinds.js';
import { maxOf, type Placed, type PlacedField, type Skeleton } from './generated-form.js';

/**
 * Every form of a reference to a placed occurrence (rules.md §2.1): `self.<FIM id>`,
 * `self.<originalId>`, a `self.G….F…` chain through each enclosing group, the dotted path of
 * technical names, the element key, and the bare technical name of a top-level occurrence.
 */
export function referencesTo(placed: Placed): string[] {
  const forms = [`self.${placed.id}`, placed.path.join('.'), placed.key];
  if (placed.originalId) forms.push(`self.${placed.originalId}`);
  for (let group = placed.parent; group; group = group.parent) forms.push(`self.${group.id}.${placed.id}`);
  return forms;
}

const reference = (placed: Placed): fc.Arbitrary<string> => fc.constantFrom(...referencesTo(placed));

/** A source can be read from the target's scope without turning into a list (rules.md §2.3). */
function readableFrom(source: PlacedField, target: Placed): boolean {
  if (source === target || isBelow(source, target)) return false;
  if (maxOf(source.cardinality) > 1) return false;
  for (let group = source.parent; group; group = group.parent) if (maxOf(group.cardinality) > 1 && !isBelow(target, group) && target !== group) return false;
  return true;
}

function isBelow(placed: Placed, ancestor: Placed): boolean {
  for (let at = placed.parent; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/** A condition on one source field, written as text or as a JSON tree (rules.md §1). */
function conditionOn(source: PlacedField, others: PlacedField[]): fc.Arbitrary<Expression> | undefined {
  const { control, type } = source.spec.field;
  if (control === 'label') return undefined;
  return reference(source).chain((ref): fc.Arbitrary<Expression> => {
    if (control === 'select') return fc.constantFrom<Expression>(`isFilled(${ref})`, `${ref} = "${source.spec.inside[0]}"`, { is_empty: { identifier: ref } });
    switch (type) {
      case 'bool':
        return fc.constantFrom<Expression>(ref, `${ref} = true`, `not ${ref}`, { identifier: ref });
      case 'num':
      case 'num_int':
      case 'num_currency':
        return fc.constantFrom<Expression>(`${ref} > 5`, `${ref} <= 0`, { greater_equal: [{ identifier: ref }, 7] });
      case 'date':
        return fc.constantFrom<Expression>(`${ref} >= "2025-01-01"`, `age(${ref}) >= 18`);
      case 'time':
        return fc.constant<Expression>(`${ref} < "12:00"`);
      case 'datetime': {
        const other = others.find((field) => field !== source && field.spec.field.type === 'datetime' && field.spec.field.control !== 'label');
        // Finding 5: date-times compare by instant, whatever their offsets.
        if (other) return fc.constantFrom<Expression>(`${ref} > ${referencesTo(other)[0]}`, `${ref} > "2026-06-12T09:30:00Z"`);
        return fc.constant<Expression>(`${ref} > "2026-06-12T09:30:00Z"`);
      }
      case 'file':
        return fc.constantFrom<Expression>(`isFilled(${ref})`, { is_empty: { identifier: ref } });
      default:
        return fc.constantFrom<Expression>(`isFilled(${ref})`, `length(${ref}) > 1`, `isFilled(${ref}) xor length(${ref}) > 3`);
    }
  });
}

function conditionFor(target: Placed, fields: PlacedField[]): fc.Arbitrary<Expression> | undefined {
  const sources = fields.filter((source) => readableFrom(source, target) && source.spec.field.control !== 'label');
  if (sources.length === 0) return undefined;
  return fc.constantFrom(...sources).chain((source) => conditionOn(source, sources) ?? fc.constant<Expression>(true));
}

/** A value of the target's type computed from the sources that are not computed themselves. */
function computedValue(target: PlacedField, sources: PlacedField[]): fc.Arbitrary<Expression> {
  const readable = sources.filter((source) => readableFrom(source, target));
  const numeric = readable.filter((source) => source.spec.field.control === 'input' && source.spec.field.type === 'num_int');
  const dates = readable.filter((source) => source.spec.field.control === 'input' && source.spec.field.type === 'date');
  switch (target.spec.field.type) {
    case 'num':
    case 'num_currency':
      return numeric.length > 0 ? fc.constantFrom(...numeric).chain((source) => reference(source).map((ref) => `coalesce(${ref}, 0) + 1.5`)) : fc.constant('12.50');
    case 'num_int':
      return numeric.length > 0 ? fc.constantFrom(...numeric).chain((source) => reference(source).map((ref) => `coalesce(${ref}, 0) * 2`)) : fc.constant('3');
    case 'date':
      return dates.length > 0 ? fc.constantFrom(...dates).chain((source) => reference(source).map((ref) => `addDays(${ref}, 1)`)) : fc.constant('"2025-01-01"');
    case 'bool':
      return conditionFor(target, readable) ?? fc.constant(true);
    default:
      return readable.length > 0 ? fc.constantFrom(...readable).chain((source) => reference(source).map((ref) => `concat("Nr. ", ${ref})`)) : fc.constant('"fest"');
  }
}

/**
 * Up to four rules over a skeleton, each with one effect of rules.md §5 on a target named by
 * any reference form; computed fields never feed another computation (no cycles).
 */
export function rulesFor(skeleton: Skeleton): fc.Arbitrary<{ [key: string]: Rule }> {
  const fields = skeleton.all.filter((placed): placed is PlacedField => placed.kind === 'field');
  const computeTargets = fields.filter((field) => computable(field.spec) && maxOf(field.cardinality) === 1);
  return fc
    .record({
      computed: fc.subarray(computeTargets, { maxLength: Math.min(2, computeTargets.length) }),
      others: fc.array(fc.tuple(fc.constantFrom(...skeleton.all), fc.constantFrom('show', 'forbid', 'require', 'readonly', 'valid', 'cardinality') as fc.Arbitrary<RuleEffect['effect']>), { maxLength: 3 }),
    })
    .chain(({ computed, others }) => {
      const sources = fields.filter((field) => !computed.includes(field));
      const effects: fc.Arbitrary<RuleEffect | undefined>[] = [
        ...computed.map((target) =>
          fc.record({ target: reference(target), value: computedValue(target, sources), when: fc.option(conditionFor(target, sources) ?? fc.constant(true), { nil: undefined }) }).map(
            ({ target: ref, value, when }): RuleEffect => ({ effect: 'compute', target: ref, value, ...(when !== undefined ? { when } : {}) }),
          ),
        ),
        ...others.map(([target, kind]) => effectOn(target, kind, fields)),
      ];
      return fc.tuple(...effects).map((list) =>
        Object.fromEntries(
          list.filter((effect): effect is RuleEffect => effect !== undefined).map((effect, index) => [`r${index}`, { type: effect.effect === 'compute' ? 'B' : 'K', effects: [effect] } satisfies Rule]),
        ),
      );
    });
}

function effectOn(target: Placed, kind: RuleEffect['effect'], fields: PlacedField[]): fc.Arbitrary<RuleEffect | undefined> {
  const condition = conditionFor(target, fields);
  if (kind === 'cardinality') {
    if (maxOf(target.cardinality) <= 1) return fc.constant(undefined);
    return fc.record({ ref: reference(target), min: fc.constantFrom(0, 1), max: fc.constantFrom(1, 2) }).map(({ ref, min, max }) => ({ effect: kind, target: ref, min, max }));
  }
  if (kind === 'valid') {
    if (target.kind !== 'field' || target.spec.field.control !== 'input') return fc.constant(undefined);
    const assertion = selfAssertion(target);
    if (assertion === undefined) return fc.constant(undefined);
    return reference(target).map((ref) => ({ effect: kind, target: ref, when: assertion.expression(ref), message: { de: 'Nicht zulässig' } }));
  }
  if (condition === undefined) return fc.constant(undefined);
  return fc.record({ ref: reference(target), when: condition }).map(({ ref, when }) => ({ effect: kind, target: ref, when }));
}

/**
 * An assertion about the field's own value, true for some of its edge values and false for
 * others, with an independent reading of what it means (rules.md §4.2: numbers by value, dates
 * as ISO text, date-times by the instant they name, lengths in code points).
 */
export interface SelfAssertion {
  expression(ref: string): Expression;
  holds(value: unknown): boolean;
}

export function selfAssertion(target: PlacedField): SelfAssertion | undefined {
  switch (target.spec.field.type) {
    case 'num':
    case 'num_int':
    case 'num_currency':
      return { expression: (ref) => `${ref} <= 10`, holds: (value) => Number(value) <= 10 };
    case 'date':
      return { expression: (ref) => `${ref} < "2026-01-01"`, holds: (value) => String(value) < '2026-01-01' };
    case 'datetime':
      return { expression: (ref) => `${ref} >= "2026-06-12T10:00:00+02:00"`, holds: (value) => Date.parse(String(value)) >= Date.parse('2026-06-12T10:00:00+02:00') };
    case 'text':
    case 'text_latin':
      return { expression: (ref) => `length(${ref}) >= 2`, holds: (value) => [...String(value)].length >= 2 };
    default:
      return undefined;
  }
}

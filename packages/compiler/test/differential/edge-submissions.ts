import fc from 'fast-check';
import { maxOf, minOf, type Placed, type PlacedField, type PlacedGroup } from './generated-form.js';

type Data = { [name: string]: unknown };
const ABSENT = Symbol('absent');
type Member = unknown | typeof ABSENT;

/**
 * One field value: mostly an edge from inside its constraints, sometimes one step outside an
 * edge, sometimes nothing. A value the runtime would refuse is how the converse is tested.
 */
function fieldValue(field: PlacedField): fc.Arbitrary<Member> {
  const { inside, outside } = field.spec;
  const choices: fc.WeightedArbitrary<Member>[] = [{ weight: 2, arbitrary: fc.constant(ABSENT) }];
  if (inside.length > 0) choices.push({ weight: 8, arbitrary: fc.constantFrom(...inside) });
  if (outside.length > 0) choices.push({ weight: 1, arbitrary: fc.constantFrom(...outside.map((entry) => entry.value)) });
  return fc.oneof(...choices);
}

/** Instance counts around the occurrence's bounds: min − 1 … min(max, 3) + 1. */
function instanceCount(cardinality: string): fc.Arbitrary<number> {
  const min = minOf(cardinality);
  const max = Math.min(maxOf(cardinality), 3);
  return fc.oneof({ weight: 6, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(Math.max(min - 1, 0), max + 1) });
}

function memberOf(placed: Placed): fc.Arbitrary<Member> {
  const one = placed.kind === 'field' ? fieldValue(placed) : groupValue(placed);
  if (maxOf(placed.cardinality) <= 1) return one;
  return instanceCount(placed.cardinality).chain((count) =>
    fc.array(one.filter((value) => value !== ABSENT), { minLength: count, maxLength: count }).map((items): Member => (items.length === 0 ? ABSENT : items)),
  );
}

function groupValue(group: PlacedGroup): fc.Arbitrary<Member> {
  if (group.choice) {
    // Exactly one child mostly; none or two at the edges of "exactly one" (format.md §6.2).
    return fc.oneof(
      { weight: 6, arbitrary: fc.subarray(group.children, { minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.subarray(group.children, { minLength: 0, maxLength: 2 }) },
    ).chain((chosen) => objectOf(chosen));
  }
  return objectOf(group.children);
}

function objectOf(children: Placed[]): fc.Arbitrary<Member> {
  if (children.length === 0) return fc.constant(ABSENT);
  return fc.tuple(...children.map(memberOf)).map((members): Member => {
    const data: Data = {};
    members.forEach((member, index) => {
      if (member !== ABSENT) data[nameOf(children[index]!)] = member;
    });
    return Object.keys(data).length === 0 ? ABSENT : data;
  });
}

function nameOf(placed: Placed): string {
  return placed.path[placed.path.length - 1]!;
}

/** A submission object over the top-level occurrences, built from edge values (never absent: `{}` at least). */
export function edgeSubmission(top: Placed[]): fc.Arbitrary<Data> {
  return objectOf(top).map((member) => (member === ABSENT ? {} : (member as Data)));
}

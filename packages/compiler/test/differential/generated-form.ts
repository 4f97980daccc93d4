import fc from 'fast-check';
import type { CodeList, Field, FieldGroup, FormDefinition, Occurrence, Rule } from '@fimforms/format';
import { fieldKind, type FieldKind } from './field-kinds.js';

/** One placed occurrence of the generated structure (every element is placed once). */
export interface PlacedField {
  kind: 'field';
  key: string;
  /** Technical names from the root (occurrence names). */
  path: string[];
  id: string;
  originalId?: string;
  cardinality: string;
  parent?: PlacedGroup;
  spec: FieldKind;
}
export interface PlacedGroup {
  kind: 'group';
  key: string;
  path: string[];
  id: string;
  originalId?: string;
  cardinality: string;
  parent?: PlacedGroup;
  choice: boolean;
  children: Placed[];
}
export type Placed = PlacedField | PlacedGroup;

/** The shape of a generated structure before rules are added. */
interface Shape {
  top: ShapeNode[];
}
type ShapeNode = { field: FieldKind; cardinality: string } | { group: ShapeNode[]; cardinality: string; choice: boolean };

const FIELD_CARDINALITIES = ['1:1', '1:1', '0:1', '0:3', '1:2'];
const GROUP_CARDINALITIES = ['1:1', '0:1', '0:2', '1:3'];

const enterable = fieldKind.filter((kind) => kind.inside.length > 0 && ['input', 'select'].includes(kind.field.control));
const choiceAlternative: fc.Arbitrary<ShapeNode> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ field: enterable, cardinality: fc.constant('0:1') }) },
  {
    weight: 1,
    arbitrary: fc.record({
      group: fc.array(fc.record({ field: enterable, cardinality: fc.constantFrom('1:1', '0:1') }), { minLength: 1, maxLength: 2 }),
      cardinality: fc.constant('0:1'),
      choice: fc.constant(false),
    }),
  },
);

const shapeNode = fc.letrec<{ node: ShapeNode; group: ShapeNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: fc.record({ field: fieldKind, cardinality: fc.constantFrom(...FIELD_CARDINALITIES) }) },
    { weight: 1, arbitrary: tie('group') },
  ),
  group: fc.oneof(
    fc.record({ group: fc.array(tie('node'), { minLength: 1, maxLength: 4 }), cardinality: fc.constantFrom(...GROUP_CARDINALITIES), choice: fc.constant(false) }),
    // A choice group's children are optional (format.md §6.2), at least two, not repeated: fields, or small groups.
    fc.record({
      group: fc.array(choiceAlternative, { minLength: 2, maxLength: 3 }),
      cardinality: fc.constantFrom('1:1', '0:1'),
      choice: fc.constant(true),
    }),
  ),
}));

export const shape: fc.Arbitrary<Shape> = fc.record({ top: fc.array(shapeNode.node, { minLength: 1, maxLength: 5 }) });

/** A definition with its placed occurrences, before rules. */
export interface Skeleton {
  definition: FormDefinition;
  placed: Placed[];
  /** Every placed occurrence in document order. */
  all: Placed[];
}

/**
 * Builds the definition of a shape: element keys differ from technical names (`k3` vs `n3`), and
 * FIM ids are 11-digit xdf3 ids, every other one with the 8-digit xdf2 id it was upcast from,
 * so every reference form of rules.md §2.1 names something different from the others.
 */
export function skeletonOf(input: Shape): Skeleton {
  const fields: { [key: string]: Field } = {};
  const groups: { [key: string]: FieldGroup } = {};
  const codeLists: { [key: string]: CodeList } = {};
  const all: Placed[] = [];
  let counter = 0;
  const place = (node: ShapeNode, parent: PlacedGroup | undefined): { occurrence: Occurrence; placed: Placed } => {
    const number = ++counter;
    const name = `n${number}`;
    const key = `k${number}`;
    const path = [...(parent?.path ?? []), name];
    const letter = 'field' in node ? 'F' : 'G';
    const originalId = number % 2 === 0 ? `${letter}${String(number).padStart(8, '0')}` : undefined;
    const id = `${letter}6${String(number).padStart(10, '0')}`;
    const fim = { id, version: '1.0.0', ...(originalId ? { originalId } : {}) };
    const occurrenceOf = (member: 'field' | 'group'): Occurrence =>
      ({ [member]: key, ...(node.cardinality === '1:1' ? {} : { cardinality: node.cardinality }) }) as unknown as Occurrence;
    if ('field' in node) {
      const placed: PlacedField = { kind: 'field', key, path, id, ...(originalId ? { originalId } : {}), cardinality: node.cardinality, ...(parent ? { parent } : {}), spec: node.field };
      all.push(placed);
      fields[key] = { fim, name, label: { de: `Feld ${number}` }, ...node.field.field, ...(node.field.codeList ? { codeList: key } : {}) } as Field;
      if (node.field.codeList) codeLists[key] = node.field.codeList;
      return { occurrence: occurrenceOf('field'), placed };
    }
    const group: PlacedGroup = { kind: 'group', key, path, id, ...(originalId ? { originalId } : {}), cardinality: node.cardinality, ...(parent ? { parent } : {}), choice: node.choice, children: [] };
    all.push(group);
    const children = node.group.map((child) => place(child, group));
    group.children = children.map((child) => child.placed);
    groups[key] = { fim, name, label: { de: `Gruppe ${number}` }, ...(node.choice ? { choice: true } : {}), children: children.map((child) => child.occurrence) };
    return { occurrence: occurrenceOf('group'), placed: group };
  };
  const top = input.top.map((node) => place(node, undefined));
  const definition: FormDefinition = {
    fimforms: '1.0',
    name: 'differenz',
    title: { de: 'Differenztest' },
    structure: top.map((entry) => entry.occurrence),
    fields,
    ...(Object.keys(groups).length > 0 ? { groups } : {}),
    ...(Object.keys(codeLists).length > 0 ? { codeLists } : {}),
  };
  return { definition, placed: top.map((entry) => entry.placed), all };
}

/** Adds rules to a skeleton's definition (a new object: definitions are immutable once compiled). */
export function withRules(skeleton: Skeleton, rules: { [key: string]: Rule }): FormDefinition {
  return Object.keys(rules).length === 0 ? skeleton.definition : { ...skeleton.definition, rules };
}

/** Whether a placed occurrence is below a repeating group (or repeats itself). */
export function repeats(placed: Placed): boolean {
  for (let at: Placed | undefined = placed; at; at = at.parent) if (maxOf(at.cardinality) > 1) return true;
  return false;
}

export function maxOf(cardinality: string): number {
  const max = cardinality.split(':')[1]!;
  return max === '*' ? Infinity : Number(max);
}

export function minOf(cardinality: string): number {
  return Number(cardinality.split(':')[0]);
}

import type { Occurrence } from '@fimforms/format';
import { appendPointer, type CardinalityRange, parseCardinality } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Anzahl: min ≤ max (XDFM 1047); max 0 means the element can never occur; a group with a single
 * child is usually a modelling slip (XDFM 1106).
 */
export const cardinalitySanity: SemanticRule = {
  name: 'cardinality-sanity',
  codes: ['cardinality-inverted', 'cardinality-never', 'group-single-child'],
  check(context, report) {
    const lists: Array<[() => string, Occurrence[]]> = [[() => '/structure', context.definition.structure]];
    for (const [key, group] of context.groups) {
      lists.push([() => appendPointer('/groups', key, 'children'), group.children]);
      if (group.children.length === 1 && group.choice !== true) {
        report({
          code: 'group-single-child',
          severity: 'info',
          pointer: appendPointer('/groups', key, 'children'),
          message: { de: 'Die Gruppe hat nur ein Unterelement (XDFM 1106).', en: 'The group has a single child (XDFM 1106).' },
        });
      }
    }
    // Forms repeat a handful of cardinalities thousands of times: each is parsed once.
    const ranges = new Map<string | undefined, CardinalityRange | undefined>();
    const rangeOf = (cardinality: string | undefined) => {
      if (!ranges.has(cardinality)) ranges.set(cardinality, parseCardinality(cardinality));
      return ranges.get(cardinality);
    };
    for (const [base, occurrences] of lists) {
      occurrences.forEach((occurrence, index) => {
        const range = rangeOf(occurrence.cardinality);
        if (!range || (range.min <= range.max && range.max !== 0)) return;
        const pointer = `${base()}/${index}/cardinality`;
        if (range.min > range.max) {
          report({
            code: 'cardinality-inverted',
            severity: 'error',
            pointer,
            message: {
              de: `In der Anzahl „${occurrence.cardinality}“ ist das Minimum größer als das Maximum (XDFM 1047).`,
              en: `In the cardinality "${occurrence.cardinality}" the minimum exceeds the maximum (XDFM 1047).`,
            },
          });
        } else if (range.max === 0) {
          report({
            code: 'cardinality-never',
            severity: 'warning',
            pointer,
            message: { de: 'Die Anzahl „0:0“ lässt das Element nie vorkommen.', en: 'The cardinality "0:0" means the element never occurs.' },
          });
        }
      });
    }
  },
};

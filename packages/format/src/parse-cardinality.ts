import type { Cardinality } from './occurrence.js';

/** A cardinality as numbers; `max` is `Infinity` for `*`. */
export interface CardinalityRange {
  min: number;
  max: number;
}

const CARDINALITY = /^(\d+):(\d+|\*)$/;

/**
 * Reads an Anzahl string such as `0:1`, `1:*` or `2:5`. Absent means `1:1`. Returns
 * `undefined` for text that is not a cardinality (the validator reports it).
 */
export function parseCardinality(text: Cardinality | undefined): CardinalityRange | undefined {
  if (text === undefined) return { min: 1, max: 1 };
  const match = CARDINALITY.exec(text);
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === '*' ? Infinity : Number(match[2]);
  return { min, max };
}

/** Writes a range back as an Anzahl string. */
export function formatCardinality(range: CardinalityRange): Cardinality {
  return `${range.min}:${range.max === Infinity ? '*' : range.max}`;
}

// `@fimforms/runtime/dates`: the dates part of the engine (specs/runtime.md §6) — checking `date`, `time` and `datetime`
// values and the bounds of their ranges (§5) — for `options.parts.dates` of an on-demand engine whose definition has
// such fields. Its own entry, so that a bundle reaches it only where it is loaded.
import { compareDateTimes, isDateTimeValue, isIsoDate, isTimeValue, readDateTimeBound, timeWithSeconds } from '@fimforms/expressions/dates';
import type { DatesPart, Order } from './value-type-parts.js';

// Dates compare as text, times with seconds (`08:30` = `08:30:00`), date-times by instant (bounds read as the
// compiler reads them), as the XSD facets compare.
const textOrder = (normalise: (text: string) => string): Order => ({
  bound: normalise,
  value: (value) => normalise(value as string),
  compare: (a, b) => ((a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0),
});

/** The checks of `date`, `time` and `datetime` values: what the dates part brings (specs/runtime.md §6). */
export const dates: DatesPart = {
  date: { accepts: (value) => typeof value === 'string' && isIsoDate(value), order: textOrder((date) => date) },
  time: { accepts: (value) => typeof value === 'string' && isTimeValue(value), order: textOrder(timeWithSeconds) },
  datetime: {
    accepts: (value) => typeof value === 'string' && isDateTimeValue(value),
    // A bound without offset names no instant and checks nothing, as the compiler leaves it out.
    order: { bound: readDateTimeBound, value: (v) => v, compare: (a, b, zone) => compareDateTimes(a as string, b as string, zone) },
  },
};

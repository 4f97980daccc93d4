import { requireInstant } from '../date-time.js';
import { Decimal } from '../decimal.js';
import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/**
 * An operator counting the whole units of `unitSeconds` elapsed from `a` to `b`, by instant,
 * truncated toward zero (47 h 59 min are 47 hours), negative backwards.
 */
export function instantDifferenceOperator(name: string, call: string, unitSeconds: number): Operator {
  return {
    name, call, minArgs: 2, maxArgs: 2, params: ['datetime', 'datetime'], result: 'number',
    evaluate(args, context) {
      const a = args.get(0);
      const b = args.get(1);
      if (isEmptyValue(a) || isEmptyValue(b)) return null;
      const from = requireInstant(a, name, context.timeZone);
      const to = requireInstant(b, name, context.timeZone);
      let seconds = to.seconds - from.seconds;
      // Fractions of a second decide only whether the last unit is complete.
      const fractionOrder = compareFractions(to.fraction, from.fraction);
      if (seconds > 0 && fractionOrder < 0) seconds -= 1;
      if (seconds < 0 && fractionOrder > 0) seconds += 1;
      return Decimal.fromInteger(Math.trunc(seconds / unitSeconds));
    },
  };
}

function compareFractions(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const l = a.padEnd(width, '0');
  const r = b.padEnd(width, '0');
  return l < r ? -1 : l > r ? 1 : 0;
}

import type { Operator } from '../operator.js';
import { abs } from './abs.js';
import { add } from './add.js';
import { addDays } from './add-days.js';
import { addMonths } from './add-months.js';
import { addYears } from './add-years.js';
import { age } from './age.js';
import { and } from './and.js';
import { coalesce } from './coalesce.js';
import { concat } from './concat.js';
import { contains } from './contains.js';
import { count } from './count.js';
import { daysBetween } from './days-between.js';
import { divide } from './divide.js';
import { endsWith } from './ends-with.js';
import { equal } from './equal.js';
import { falseOperator } from './false.js';
import { greater } from './greater.js';
import { greaterEqual } from './greater-equal.js';
import { ifOperator } from './if.js';
import { inOperator } from './in.js';
import { inCodeList } from './in-code-list.js';
import { isEmpty } from './is-empty.js';
import { isFilled } from './is-filled.js';
import { length } from './length.js';
import { list } from './list.js';
import { less } from './less.js';
import { lessEqual } from './less-equal.js';
import { lower } from './lower.js';
import { maximum } from './max.js';
import { minimum } from './min.js';
import { mod } from './mod.js';
import { monthsBetween } from './months-between.js';
import { multiply } from './multiply.js';
import { negate } from './negate.js';
import { not } from './not.js';
import { notEqual } from './not-equal.js';
import { or } from './or.js';
import { round } from './round.js';
import { startsWith } from './starts-with.js';
import { subtract } from './subtract.js';
import { sum } from './sum.js';
import { today } from './today.js';
import { now } from './now.js';
import { isIban } from './is-iban.js';
import { isTaxId } from './is-tax-id.js';
import { isLuhn } from './is-luhn.js';
import { prefilledFrom } from './prefilled-from.js';
import { prefillLevel } from './prefill-level.js';
import { addHours } from './add-hours.js';
import { addMinutes } from './add-minutes.js';
import { hoursBetween } from './hours-between.js';
import { minutesBetween } from './minutes-between.js';
import { trim } from './trim.js';
import { trueOperator } from './true.js';
import { upper } from './upper.js';
import { xor } from './xor.js';
import { yearsBetween } from './years-between.js';

/**
 * Every operator of the rule language, in the order of specs/rules.md §4: first the FIM
 * translated-rule operators, then comparison, arithmetic, text, dates, lists and code lists, instants, check digits,
 * prefill.
 * Adding an operator is one file and one line here.
 */
export const operators: readonly Operator[] = [
  // FIM translated rules
  trueOperator, equal, notEqual, not, isEmpty, and, or, xor,
  // logic and comparison
  falseOperator, isFilled, less, lessEqual, greater, greaterEqual, inOperator, ifOperator, coalesce,
  // arithmetic (exact decimals)
  add, subtract, multiply, divide, mod, negate, abs, round, minimum, maximum,
  // text
  concat, length, upper, lower, trim, contains, startsWith, endsWith,
  // dates
  today, age, addDays, addMonths, addYears, daysBetween, monthsBetween, yearsBetween,
  // repeating groups and code lists
  list, count, sum, inCodeList,
  // instants (date-times)
  now, addHours, addMinutes, hoursBetween, minutesBetween,
  // check digits
  isIban, isTaxId, isLuhn,
  // prefill
  prefilledFrom, prefillLevel,
];

/** Operators by their JSON-tree name. */
export const operatorsByName: ReadonlyMap<string, Operator> = new Map(operators.map((op) => [op.name, op]));

/** Operators by their text-syntax function name (both `isEmpty` and `is_empty` call `is_empty`). */
export const operatorsByCall: ReadonlyMap<string, Operator> = new Map(
  operators.flatMap((op) => [[op.name, op] as const, ...(op.call ? [[op.call, op] as const] : [])]),
);

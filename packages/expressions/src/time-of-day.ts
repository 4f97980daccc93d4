// A `time` value (specs/format.md §5.2): `HH:MM` or `HH:MM:SS`, 00:00 to 23:59:59.
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;

/** Whether `text` is a `time` value, `HH:MM` or `HH:MM:SS`, as a submission, a `content` or a bound writes it. */
export function isTimeValue(text: string): boolean {
  return TIME.test(text);
}

/**
 * A `time` value with its seconds (`08:30` → `08:30:00`): how `xs:time` writes it in a payload
 * and a schema facet, and the form in which two times compare as text.
 */
export function timeWithSeconds(time: string): string {
  return time.length === 5 ? `${time}:00` : time;
}

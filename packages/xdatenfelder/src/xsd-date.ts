const DATE = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/;
const DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/;

/** Whether text is a valid `xs:date` (the day must exist in its month). */
export function isXsdDate(text: string): boolean {
  return DATE.test(text) && isRealDay(text);
}

/** Whether text is a valid `xs:dateTime`. */
export function isXsdDateTime(text: string): boolean {
  return DATE_TIME.test(text) && isRealDay(text);
}

function isRealDay(text: string): boolean {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29) return leap;
  return date.getUTCMonth() === month - 1;
}

/** The ValidityState flag that names a runtime field error to the browser (anything else is a custom error). */
const FLAGS: Readonly<Record<string, keyof ValidityStateFlags>> = {
  'value-required': 'valueMissing',
  'value-invalid-type': 'typeMismatch',
  'value-too-short': 'tooShort',
  'value-too-long': 'tooLong',
  'value-pattern-mismatch': 'patternMismatch',
  'value-below-minimum': 'rangeUnderflow',
  'value-above-maximum': 'rangeOverflow',
};

export function validityFlag(code: string): keyof ValidityStateFlags {
  return FLAGS[code] ?? 'customError';
}

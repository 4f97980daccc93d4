/** The tag names of the standalone field elements (define-standalone-fields.ts defines exactly these). */
export const STANDALONE_TAGS = [
  'fim-text-field',
  'fim-number-field',
  'fim-date-field',
  'fim-time-field',
  'fim-datetime-field',
  'fim-select-field',
  'fim-checkbox-field',
  'fim-file-field',
] as const;

export type StandaloneTag = (typeof STANDALONE_TAGS)[number];

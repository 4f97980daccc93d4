/** Codes of the parsing stage (validateText, validateBytes) and the input guards. */
export const PARSE_CODES: readonly string[] = [
  'file-too-large',
  'encoding-not-utf8',
  'json-byte-order-mark',
  'json-empty',
  'nesting-too-deep',
  'json-syntax-error',
  'json-unexpected-end',
  'json-duplicate-key',
  'json-forbidden-key',
];

/** Codes of the format-version and structural (JSON Schema) stage, plus the validator's own guards. */
export const STRUCTURAL_CODES: readonly string[] = [
  'definition-not-object',
  'format-version-missing',
  'format-version-unsupported',
  'schema-missing-property',
  'schema-unknown-property',
  'schema-wrong-type',
  'schema-invalid-value',
  'schema-pattern-mismatch',
  'schema-format-mismatch',
  'schema-too-short',
  'schema-too-long',
  'schema-out-of-range',
  'schema-unknown-kind',
  'schema-invalid-expression',
  'schema-invalid-key',
  'schema-violation',
  'structure-too-large',
  'validator-internal-error',
];

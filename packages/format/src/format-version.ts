/** The format version this package writes and reads natively. */
export const FORMAT_VERSION = '1.0';

/** The major version of the format; the schema `$id` carries it. */
export const FORMAT_MAJOR = 1;

/** `$id` of the generated JSON Schema. */
export const SCHEMA_ID = 'https://fimforms.de/schema/1/form-definition.schema.json';

import Ajv2020 from 'ajv/dist/2020.js';
import * as formats from 'ajv-formats';

// ajv and ajv-formats are CommonJS: under NodeNext their default export may sit on `default`.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (ajv: unknown) => void;
const Ajv = ((Ajv2020 as unknown as { default?: unknown }).default ?? Ajv2020) as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
};

/** Compiles a payload JSON Schema with ajv's draft 2020-12 dialect, strict, with format checks. */
export function compileJsonSchema(schema: object): ((data: unknown) => boolean) & { errors?: unknown } {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

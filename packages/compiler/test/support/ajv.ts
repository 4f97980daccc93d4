import Ajv2020 from 'ajv/dist/2020.js';
import * as formats from 'ajv-formats';

// ajv-formats is CommonJS: its default export sits on `default` under NodeNext (toolchain.md P13).
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (ajv: unknown) => void;

/** Compiles a payload JSON Schema with ajv's 2020-12 dialect, strict, with formats. */
export function compilePayloadSchema(schema: object): ((data: unknown) => boolean) & { errors?: unknown } {
  const Constructor = ((Ajv2020 as unknown as { default?: unknown }).default ?? Ajv2020) as new (options: object) => {
    compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
  };
  const ajv = new Constructor({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

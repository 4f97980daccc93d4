import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import * as formats from 'ajv-formats';

let compiled: ValidateFunction | undefined;

/** The format's JSON Schema compiled as toolchain.md prescribes (strict, discriminator, formats). */
export function formatSchema(): ValidateFunction {
  if (compiled) return compiled;
  const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (ajv: Ajv) => void;
  const ajv = new Ajv({ strict: true, discriminator: true, allErrors: true });
  addFormats(ajv);
  const file = createRequire(import.meta.url).resolve('@fimforms/format/schema.json');
  compiled = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  return compiled;
}

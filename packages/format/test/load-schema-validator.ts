import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import * as formatsModule from 'ajv-formats';

export const packageRoot = path.resolve(import.meta.dirname, '..');
export const repoRoot = path.resolve(packageRoot, '../..');

/** The committed schema compiled the way the format promises it compiles: strict, with discriminator. */
export function loadSchemaValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(packageRoot, 'schema/form-definition.schema.json'), 'utf8'));
  const ajv = new Ajv({ strict: true, discriminator: true, allErrors: true });
  const addFormats = ((formatsModule as { default?: unknown }).default ?? formatsModule) as (ajv: Ajv) => void;
  addFormats(ajv);
  return ajv.compile(schema);
}

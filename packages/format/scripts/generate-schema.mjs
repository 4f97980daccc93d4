// Generates schema/form-definition.schema.json from the TypeScript types in src/.
// `node scripts/generate-schema.mjs` writes it; `--check` exits 1 when the committed copy is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as TJS from 'typescript-json-schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.resolve(here, '..');
export const schemaPath = path.join(packageRoot, 'schema', 'form-definition.schema.json');
const SCHEMA_ID = 'https://fimforms.de/schema/1/form-definition.schema.json';

/** Builds the schema object from the types. */
export function generateSchema() {
  const program = TJS.getProgramFromFiles([path.join(packageRoot, 'src', 'form-definition.ts')], {
    strict: true,
    strictNullChecks: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
  });
  const schema = TJS.generateSchema(program, 'FormDefinition', {
    required: true,
    noExtraProps: true,
    strictNullChecks: true,
    ignoreErrors: false,
  });
  if (!schema) throw new Error('typescript-json-schema produced no schema');
  return finish(schema);
}

/** Post-processing the generator cannot express (specs/format.md §10). */
function finish(schema) {
  const definitions = schema.definitions;
  // Discriminated unions: one precise error instead of one per branch (toolchain.md 7.1).
  definitions.CodeList = {
    description: definitions.CodeList.description,
    type: 'object',
    discriminator: { propertyName: 'kind' },
    properties: { kind: { type: 'string' } },
    required: ['kind'],
    oneOf: [{ $ref: '#/definitions/InlineCodeList' }, { $ref: '#/definitions/GenericodeCodeList' }],
  };
  // An occurrence is a field or a group occurrence, told apart by which key it has.
  definitions.Occurrence = {
    description: definitions.Occurrence.description,
    type: 'object',
    if: { properties: { field: { type: 'string' } }, required: ['field'] },
    then: { $ref: '#/definitions/FieldOccurrence' },
    else: { $ref: '#/definitions/GroupOccurrence' },
  };
  // The language keys of a localized text are BCP 47 tags.
  for (const name of ['LocalizedText', 'LocalizedMarkdown']) {
    definitions[name].propertyNames = { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$' };
  }
  splitUnionTypes(schema);
  const ordered = { $schema: 'http://json-schema.org/draft-07/schema#', $id: SCHEMA_ID, title: 'fimforms form definition', ...schema };
  delete ordered.$schema;
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...ordered };
}

// ajv's strict mode rejects `type: [a, b]` without allowUnionTypes; spell unions as anyOf
// so consumers compile the schema with plain `strict: true`.
function splitUnionTypes(node) {
  if (Array.isArray(node)) return node.forEach(splitUnionTypes);
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node.type) && node.anyOf === undefined) {
    node.anyOf = node.type.map((type) => ({ type }));
    delete node.type;
  }
  Object.values(node).forEach(splitUnionTypes);
}

export function serialize(schema) {
  return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const text = serialize(generateSchema());
  if (process.argv.includes('--check')) {
    const committed = readFileSync(schemaPath, 'utf8');
    if (committed !== text) {
      console.error('schema/form-definition.schema.json is stale: run npm run generate:schema -w @fimforms/format');
      process.exit(1);
    }
  } else {
    writeFileSync(schemaPath, text);
    console.log(`wrote ${path.relative(process.cwd(), schemaPath)}`);
  }
}

import { XML_TEXT_PATTERN } from '@fimforms/format';
import { DIN_91379_DATATYPE_C_PATTERN } from '@fimforms/format/din-91379';
import { patternIn } from '../payload-model/field-constraints.js';
import { DATETIME_LEXICAL, TIME_LEXICAL } from '../payload-model/lexical-forms.js';
import type { CodeListModel, FieldType, GroupType, Member, PayloadModel } from '../payload-model/payload-model.js';

/** A JSON Schema object as emitted (plain JSON data). */
export type JsonSchema = { [keyword: string]: unknown };

// Text patterns (XML_TEXT_PATTERN, DIN 91379) come from @fimforms/format, shared with the runtime's checks
// (specs/payload.md §3.2): the schemas accept exactly the texts the runtime accepts.
const TIME_PATTERN = `^${TIME_LEXICAL}$`;
const DATE_PATTERN = '^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const DATETIME_PATTERN = `^${DATETIME_LEXICAL}$`;
// Canonical base64 as xs:base64Binary accepts it (the bits after the last character are zero).
const BASE64_PATTERN = '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$';
const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

/**
 * The JSON Schema 2020-12 payload schema of a payload model in FIT-Connect
 * Fachdatenschema style (specs/payload.md §5): `$id` = schemaUri, one `$defs` entry per FIM
 * element keyed `F…V…`/`G…V…` (the definition key for elements without FIM id), the payload
 * root as the top-level object. It accepts exactly the JSON payloads that {@link jsonPayloadOf}
 * writes for data the XSD accepts.
 */
export function jsonSchemaOf(model: PayloadModel): JsonSchema {
  const defs: JsonSchema = {};
  for (const group of model.groups) if (group !== model.root) defineOwn(defs, group.defKey, groupSchema(group));
  for (const field of model.fields) defineOwn(defs, field.defKey, fieldSchema(field));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: model.schemaUri,
    ...groupSchema(model.root),
    $defs: defs,
  };
}

function groupSchema(group: GroupType): JsonSchema {
  const properties: JsonSchema = {};
  const required: string[] = [];
  for (const member of group.members) {
    defineOwn(properties, member.name, memberSchema(member));
    if (member.min >= 1 && !group.choice) required.push(member.name);
  }
  return {
    ...described(group),
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
    // specs/payload.md §3.5: an Auswahlgruppe holds exactly one of its members.
    ...(group.choice && group.members.length > 0 ? { minProperties: 1, maxProperties: 1 } : {}),
  };
}

function memberSchema(member: Member): JsonSchema {
  const ref = { $ref: `#/$defs/${member.type.defKey}` };
  if (!member.repeated) return ref;
  return {
    type: 'array',
    items: ref,
    ...(member.min > 0 ? { minItems: member.min } : {}),
    ...(member.max !== Infinity ? { maxItems: member.max } : {}),
  };
}

function fieldSchema(field: FieldType): JsonSchema {
  if (field.codeList) return { ...described(field), ...codeSchema(field.codeList) };
  return { ...described(field), ...valueSchema(field) };
}

function valueSchema(field: FieldType): JsonSchema {
  const { constraints } = field;
  switch (field.dataType) {
    case 'text':
    case 'text_latin': {
      const base = field.dataType === 'text' ? XML_TEXT_PATTERN : `^(?:${DIN_91379_DATATYPE_C_PATTERN})$`;
      return {
        type: 'string',
        pattern: base,
        minLength: Math.max(1, constraints.minLength ?? 0),
        ...(constraints.maxLength !== undefined ? { maxLength: constraints.maxLength } : {}),
        ...(constraints.pattern !== undefined ? { allOf: [{ pattern: patternIn('portable', constraints.pattern, field.dataType, constraints.maxLength) }] } : {}),
      };
    }
    case 'date':
      return { type: 'string', format: 'date', pattern: DATE_PATTERN };
    case 'time':
      return { type: 'string', pattern: TIME_PATTERN };
    case 'datetime':
      return { type: 'string', format: 'date-time', pattern: DATETIME_PATTERN };
    case 'bool':
      return { type: 'boolean' };
    case 'num':
    case 'num_currency':
      return { type: 'number', ...bounds(constraints.minValue, constraints.maxValue) };
    case 'num_int':
      return { type: 'integer', ...bounds(constraints.minValue ?? String(-SAFE_INTEGER), constraints.maxValue ?? String(SAFE_INTEGER)) };
    case 'obj':
      return {
        type: 'string',
        contentEncoding: 'base64',
        pattern: BASE64_PATTERN,
        minLength: 4,
        ...(constraints.maxSize !== undefined ? { maxLength: Math.ceil(constraints.maxSize / 3) * 4 } : {}),
      };
    case 'file':
      return fileSchema(field);
    default:
      return { type: 'string', pattern: XML_TEXT_PATTERN };
  }
}

function fileSchema(field: FieldType): JsonSchema {
  const { maxSize, mediaTypes } = field.constraints;
  const text = { type: 'string', minLength: 1, pattern: XML_TEXT_PATTERN };
  return {
    type: 'object',
    properties: {
      name: text,
      size: { type: 'integer', minimum: 0, ...(maxSize !== undefined ? { maximum: maxSize } : {}) },
      mediaType: mediaTypes && mediaTypes.length > 0 ? { type: 'string', enum: [...new Set(mediaTypes)] } : text,
      ref: text,
    },
    required: ['name', 'size', 'mediaType', 'ref'],
    additionalProperties: false,
  };
}

// The XÖV Code type as JSON: `{code, name?, listURI?, listVersionID}` (specs/payload.md §5.3).
function codeSchema(list: CodeListModel): JsonSchema {
  const code = list.values
    ? { type: 'string', enum: list.values.map((value) => value.code) }
    : { type: 'string', minLength: 1, pattern: XML_TEXT_PATTERN };
  const listVersionID = list.version !== undefined ? { const: list.version } : { type: 'string', minLength: 1, pattern: XML_TEXT_PATTERN };
  return {
    type: 'object',
    properties: {
      code,
      name: { type: 'string', pattern: XML_TEXT_PATTERN },
      listURI: { const: list.listURI },
      listVersionID,
    },
    required: list.version !== undefined ? ['code'] : ['code', 'listVersionID'],
    additionalProperties: false,
  };
}

function bounds(min: string | undefined, max: string | undefined): JsonSchema {
  return { ...(min !== undefined ? { minimum: Number(min) } : {}), ...(max !== undefined ? { maximum: Number(max) } : {}) };
}

function described(component: GroupType | FieldType): JsonSchema {
  const [title, ...rest] = component.documentation.de.split('\n\n');
  const fim = component.fim ? `FIM ${component.fim.id}${component.fim.version !== undefined ? ` Version ${component.fim.version}` : ''}` : undefined;
  return {
    title,
    ...(rest.length > 0 ? { description: rest.join('\n\n') } : {}),
    ...(fim !== undefined ? { $comment: fim } : {}),
  };
}

// Keys come from definitions; `__proto__` must become an own property, not a prototype.
function defineOwn(target: JsonSchema, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

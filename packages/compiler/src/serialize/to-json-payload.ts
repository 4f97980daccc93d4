import type { FormDefinition } from '@fimforms/format';
import { buildPayloadModel } from '../payload-model/build-payload-model.js';
import { hasErrors } from '../payload-model/payload-diagnostic.js';
import type { SerializeOptions } from '../payload-model/payload-options.js';
import type { PayloadResult } from './payload-result.js';
import { readSubmission, type PayloadGroup, type PayloadValue } from './read-submission.js';

/**
 * Serializes a submission object to the JSON payload that the schema of
 * {@link compileJsonSchema} describes (specs/payload.md §6). Decimals are written as JSON
 * numbers with their exact digits (`"12.50"` → `12.50`), never rounded through a float.
 */
export function toJsonPayload(definition: FormDefinition, submission: unknown, options: SerializeOptions = {}): PayloadResult {
  const model = buildPayloadModel(definition, options);
  const { root, diagnostics } = readSubmission(model, submission, options);
  const all = [...model.diagnostics, ...diagnostics];
  if (hasErrors(all)) return { diagnostics: all };
  return { payload: `${groupJson(root, '')}\n`, diagnostics: all };
}

function groupJson(group: PayloadGroup, indent: string): string {
  if (group.entries.length === 0) return '{}';
  const inner = `${indent}  `;
  let out = '{';
  let first = true;
  for (const entry of group.entries) {
    out += `${first ? '\n' : ',\n'}${inner}${JSON.stringify(entry.name)}: `;
    first = false;
    if (!entry.repeated) {
      const instance = entry.instances[0];
      out += instance === undefined ? 'null' : instance.kind === 'group' ? groupJson(instance, inner) : valueJson(instance);
      continue;
    }
    if (entry.instances.length === 0) {
      out += '[]';
      continue;
    }
    out += '[';
    entry.instances.forEach((instance, index) => {
      out += `${index === 0 ? '\n' : ',\n'}${inner}  ${instance.kind === 'group' ? groupJson(instance, `${inner}  `) : valueJson(instance)}`;
    });
    out += `\n${inner}]`;
  }
  return `${out}\n${indent}}`;
}

function valueJson(value: PayloadValue): string {
  switch (value.kind) {
    case 'text':
      return JSON.stringify(value.text);
    case 'number':
      return value.literal;
    case 'bool':
      return String(value.value);
    case 'code': {
      const version = value.listVersionID !== undefined ? `, "listVersionID": ${JSON.stringify(value.listVersionID)}` : '';
      return `{"code": ${JSON.stringify(value.code)}, "listURI": ${JSON.stringify(value.listURI)}${version}}`;
    }
    case 'file':
      return `{"name": ${JSON.stringify(value.name)}, "size": ${value.size}, "mediaType": ${JSON.stringify(value.mediaType)}, "ref": ${JSON.stringify(value.ref)}}`;
  }
}

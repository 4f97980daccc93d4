import { hasErrors } from '../payload-model/payload-diagnostic.js';
import type { PayloadModel } from '../payload-model/payload-model.js';
import type { DataOptions } from '../payload-model/payload-options.js';
import type { PayloadResult } from './payload-result.js';
import { readSubmission, type PayloadGroup, type PayloadValue } from './read-submission.js';

/**
 * Serializes a submission object to the JSON payload that the schema of {@link jsonSchemaOf}
 * describes (specs/payload.md §6). Decimals are written as JSON numbers with their exact digits
 * (`"12.50"` → `12.50`), never rounded through a float. The diagnostics are about the data only.
 */
export function jsonPayloadOf(model: PayloadModel, submission: unknown, options: DataOptions = {}): PayloadResult {
  const { root, diagnostics: all } = readSubmission(model, submission, options);
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
      return jsonNumber(value.literal);
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

/**
 * A decimal's exact digits as a JSON number: the submission may write leading zeros (`"007"`,
 * `"-00.50"`, as xs:decimal may), JSON's number grammar may not (specs/payload.md §6.2).
 */
function jsonNumber(literal: string): string {
  return literal.replace(/^(-?)0+(?=\d)/, '$1');
}

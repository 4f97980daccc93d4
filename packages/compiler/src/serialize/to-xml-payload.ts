import { escapeXmlAttribute, escapeXmlText } from '@fimforms/format';
import { hasErrors } from '../payload-model/payload-diagnostic.js';
import type { PayloadModel } from '../payload-model/payload-model.js';
import type { DataOptions } from '../payload-model/payload-options.js';
import type { PayloadResult } from './payload-result.js';
import { readSubmission, type PayloadGroup, type PayloadValue } from './read-submission.js';

/** Namespace prefix of payload elements (code children stay unqualified, as xoev-code demands). */
export const PAYLOAD_PREFIX = 'fd';

/**
 * Serializes a submission object to the XML payload that the XSD of {@link xsdOf} describes
 * (specs/payload.md §6): elements in schema order, codes as XÖV `Code` with
 * `listURI`/`listVersionID`, times as `HH:MM:SS`, files as metadata. The diagnostics are about
 * the data only (the model's own are the compiled form's).
 */
export function xmlPayloadOf(model: PayloadModel, submission: unknown, options: DataOptions = {}): PayloadResult {
  const { root, diagnostics: all } = readSubmission(model, submission, options);
  if (hasErrors(all)) return { diagnostics: all };
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const open = `${PAYLOAD_PREFIX}:${model.rootName} xmlns:${PAYLOAD_PREFIX}="${escapeXmlAttribute(model.targetNamespace)}"`;
  // An empty root must not hold even whitespace: its type may have empty content.
  if (root.entries.length === 0) return { payload: `${out[0]}<${open}/>\n`, diagnostics: all };
  out.push(`<${open}>\n`);
  writeGroup(out, root, '  ');
  out.push(`</${PAYLOAD_PREFIX}:${model.rootName}>\n`);
  return { payload: out.join(''), diagnostics: all };
}

function writeGroup(out: string[], group: PayloadGroup, indent: string): void {
  for (const entry of group.entries) {
    const tag = `${PAYLOAD_PREFIX}:${entry.name}`;
    for (const instance of entry.instances) {
      if (instance.kind === 'group') {
        if (instance.entries.length === 0) {
          out.push(`${indent}<${tag}/>\n`);
          continue;
        }
        out.push(`${indent}<${tag}>\n`);
        writeGroup(out, instance, `${indent}  `);
        out.push(`${indent}</${tag}>\n`);
      } else {
        writeValue(out, tag, instance, indent);
      }
    }
  }
}

function writeValue(out: string[], tag: string, value: PayloadValue, indent: string): void {
  switch (value.kind) {
    case 'text':
      out.push(`${indent}<${tag}>${escapeXmlText(value.text)}</${tag}>\n`);
      return;
    case 'number':
      out.push(`${indent}<${tag}>${value.literal}</${tag}>\n`);
      return;
    case 'bool':
      out.push(`${indent}<${tag}>${value.value}</${tag}>\n`);
      return;
    case 'code': {
      const version = value.listVersionID !== undefined ? ` listVersionID="${escapeXmlAttribute(value.listVersionID)}"` : '';
      out.push(`${indent}<${tag} listURI="${escapeXmlAttribute(value.listURI)}"${version}><code>${escapeXmlText(value.code)}</code></${tag}>\n`);
      return;
    }
    case 'file': {
      const child = (name: string, text: string): string => `<${PAYLOAD_PREFIX}:${name}>${escapeXmlText(text)}</${PAYLOAD_PREFIX}:${name}>`;
      out.push(
        `${indent}<${tag}>${child('name', value.name)}${child('size', String(value.size))}${child('mediaType', value.mediaType)}${child('ref', value.ref)}</${tag}>\n`,
      );
    }
  }
}

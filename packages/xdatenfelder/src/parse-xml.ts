import { readXml, type Diagnostic, type XmlElement, type XmlLimits, type XmlReadProblem } from '@fimforms/format';
import { xdfDiagnostic } from './xdf-diagnostic.js';

export type { XmlLimits };

/** The result of {@link parseXml}. */
export type ParseXmlResult = { ok: true; root: XmlElement } | { ok: false; diagnostic: Diagnostic };

/** This package's diagnostic code for each problem of the shared XML reader. */
const CODES: { [kind in XmlReadProblem['kind']]: string } = {
  'too-large': 'xdf-too-large',
  doctype: 'xdf-doctype-forbidden',
  'too-deep': 'xdf-too-deep',
  'too-many-elements': 'xdf-too-many-elements',
  malformed: 'xdf-malformed-xml',
};

/**
 * Parses XDatenfelder or genericode XML with the shared hardened reader of @fimforms/format
 * (no DOCTYPE, nothing fetched, size, depth and element count capped); a problem becomes a
 * located `xdf-…` diagnostic.
 */
export function parseXml(xml: string, limits: XmlLimits = {}, file?: string): ParseXmlResult {
  const read = readXml(xml, limits);
  if (read.ok) return read;
  const { kind, message, line, column } = read.problem;
  const text = kind === 'malformed' ? { de: `Die Eingabe ist kein wohlgeformtes XML: ${message.de}`, en: `The input is not well-formed XML: ${message.en}` } : message;
  const diagnostic = xdfDiagnostic(CODES[kind], 'error', '', text, file);
  if (kind !== 'too-large') diagnostic.position = { line, column };
  return { ok: false, diagnostic };
}

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
  'text-too-large': 'xdf-text-too-large',
  malformed: 'xdf-malformed-xml',
};

/**
 * The longest text (element content or attribute value) an XDatenfelder file may hold: 1 Mi
 * characters. The longest text of the real exports known (a `definition`) has 2,341; a text near
 * this cap still fits a 16 MiB definition as name and label both, and a longer one is refused
 * while it is read instead of being copied through the import first (a 10 Mi-character name took
 * 530 MB before the definition's size limit refused it).
 */
export const XDF_MAX_TEXT_CHARS = 2 ** 20;

/**
 * Parses XDatenfelder or genericode XML with the shared hardened reader of @fimforms/format
 * (no DOCTYPE, nothing fetched, size, depth and element count capped); a problem becomes a
 * located `xdf-…` diagnostic.
 */
export function parseXml(xml: string, limits: XmlLimits = {}, file?: string): ParseXmlResult {
  const read = readXml(xml, { maxTextChars: XDF_MAX_TEXT_CHARS, ...limits });
  if (read.ok) return read;
  const { kind, message, line, column } = read.problem;
  const text = kind === 'malformed' ? { de: `Die Eingabe ist kein wohlgeformtes XML: ${message.de}`, en: `The input is not well-formed XML: ${message.en}` } : message;
  const diagnostic = xdfDiagnostic(CODES[kind], 'error', '', text, file);
  if (kind !== 'too-large') diagnostic.position = { line, column };
  return { ok: false, diagnostic };
}

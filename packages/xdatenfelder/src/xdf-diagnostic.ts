import type { BilingualMessage, Diagnostic, Severity } from '@fimforms/format';
import type { XmlElement } from './xml-element.js';
import { xmlPath } from './xml-path.js';

/** Where a diagnostic points: an XML element of the source, or a pointer string. */
export type DiagnosticLocation = XmlElement | string;

/**
 * Builds a diagnostic of this package (codes start with `xdf-`, listed in
 * specs/xdatenfelder.md "Diagnostics"). An element location becomes its XPath-like path plus
 * line and column.
 */
export function xdfDiagnostic(
  code: string,
  severity: Severity,
  location: DiagnosticLocation,
  message: BilingualMessage,
  file?: string,
): Diagnostic {
  const diagnostic: Diagnostic = {
    code,
    severity,
    pointer: typeof location === 'string' ? location : xmlPath(location),
    message,
  };
  if (file !== undefined) diagnostic.file = file;
  if (typeof location !== 'string') diagnostic.position = { line: location.line, column: location.column };
  return diagnostic;
}

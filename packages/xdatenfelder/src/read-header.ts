import { ElementReader, nonEmpty } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import type { XmlElement } from './xml-element.js';

const MEMBERS = ['nachrichtID', 'erstellungszeitpunkt', 'referenzID', 'produktbezeichnung', 'produkthersteller', 'produktversion'] as const;

/**
 * Reads the message `header` into a plain object kept in `extensions.fim.header` (the format
 * has no member for it; the exporter writes it back).
 */
export function readHeader(element: XmlElement | undefined, context: ImportContext): { [key: string]: string } | undefined {
  if (element === undefined) return undefined;
  const reader = new ElementReader(element, context);
  const header: { [key: string]: string } = {};
  for (const member of MEMBERS) {
    const value = reader.text(member);
    if (value !== undefined) header[member] = value;
  }
  const quality = nonEmpty(reader.code('datenqualitaet'));
  if (quality !== undefined) header['datenqualitaet'] = quality;
  reader.finish();
  return header;
}

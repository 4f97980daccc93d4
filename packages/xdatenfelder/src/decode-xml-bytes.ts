import { firstInvalidUtf8, type Diagnostic } from '@fimforms/format';
import { xdfDiagnostic } from './xdf-diagnostic.js';

/** The result of {@link decodeXmlBytes}. */
export type DecodeXmlResult = { ok: true; text: string; encoding: string } | { ok: false; diagnostic: Diagnostic };

const DECLARED_ENCODING = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/;

/**
 * Decodes an XML document's bytes as the XML specification says (Appendix F): a byte order mark
 * first, else the `encoding` of the XML declaration, else UTF-8. Older xdf2 exports declare
 * `ISO-8859-1` (read, like browsers do, as its superset windows-1252); reading those as UTF-8
 * would turn every umlaut into U+FFFD, so guessing is never an option. Bytes that break the
 * encoding are an error with their line and column, never a silent replacement character.
 */
export function decodeXmlBytes(bytes: Uint8Array, file?: string): DecodeXmlResult {
  const bom = byteOrderMark(bytes);
  const encoding = bom?.encoding ?? declaredEncoding(bytes) ?? 'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch {
    return fail('xdf-unsupported-encoding', {
      de: `Die Zeichenkodierung „${encoding}“ der XML-Deklaration wird nicht unterstützt; erwartet wird UTF-8, UTF-16 oder ISO-8859-1.`,
      en: `The character encoding "${encoding}" of the XML declaration is not supported; UTF-8, UTF-16 or ISO-8859-1 is expected.`,
    }, file);
  }
  try {
    const text = decoder.decode(bytes);
    return { ok: true, text: decoder.encoding === 'windows-1252' ? windows1252Punctuation(text) : text, encoding: decoder.encoding };
  } catch {
    const invalid = decoder.encoding === 'utf-8' ? firstInvalidUtf8(bom ? bytes.subarray(3) : bytes) : undefined;
    const where = invalid ? { de: ` (Byte 0x${hex(invalid.byte)})`, en: ` (byte 0x${hex(invalid.byte)})` } : { de: '', en: '' };
    const diagnostic = fail('xdf-invalid-encoding', {
      de: `Die Datei ist kein gültiges ${decoder.encoding.toUpperCase()}${where.de}; sie wird nicht mit Ersatzzeichen gelesen.`,
      en: `The file is not valid ${decoder.encoding.toUpperCase()}${where.en}; it is not read with replacement characters.`,
    }, file);
    if (invalid) diagnostic.diagnostic.position = invalid.position;
    return diagnostic;
  }
}

function byteOrderMark(bytes: Uint8Array): { encoding: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' };
  // UTF-16 without BOM, recognised by `<?` (Appendix F).
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return { encoding: 'utf-16le' };
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return { encoding: 'utf-16be' };
  return undefined;
}

/** The encoding the XML declaration names, read as ASCII from the first bytes. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  const label = DECLARED_ENCODING.exec(head)?.[1]?.toLowerCase();
  // A declaration readable as ASCII cannot be in UTF-16 (that would have matched above).
  if (label === undefined || label.startsWith('utf-16') || label === 'unicode') return undefined;
  return label;
}

// windows-1252 bytes 0x80–0x9F (the C1 range of ISO-8859-1), as the WHATWG encoding standard maps them.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Some runtimes (Node before 22.13) decode windows-1252 as ISO-8859-1 and leave 0x80–0x9F as C1
 * controls; documents declared ISO-8859-1 but typed on Windows carry „“–€ there.
 */
function windows1252Punctuation(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

function fail(code: string, message: { de: string; en: string }, file?: string): { ok: false; diagnostic: Diagnostic } {
  return { ok: false, diagnostic: xdfDiagnostic(code, 'error', '', message, file) };
}

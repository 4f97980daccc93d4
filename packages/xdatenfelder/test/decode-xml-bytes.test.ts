import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from '../src/decode-xml-bytes.js';
import { importXdf } from '../src/import-xdf.js';
import { fixture } from './support/fixtures.js';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};
const decoded = (bytes: Uint8Array): string => {
  const result = decodeXmlBytes(bytes);
  if (!result.ok) throw new Error(result.diagnostic.code);
  return result.text;
};

describe('decodeXmlBytes', () => {
  it('reads the encoding the XML declaration names (ISO-8859-1 as windows-1252, in either quote style)', () => {
    expect(decoded(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><a>Straße</a>'))).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>Straße</a>');
    expect(decoded(latin1("<?xml version='1.0' encoding='windows-1252'?><a>\x84x\x93 \x96</a>"))).toContain('<a>„x“ –</a>');
  });

  it('defaults to UTF-8 and honours a byte order mark over the declaration', () => {
    expect(decoded(new TextEncoder().encode('<a>Straße</a>'))).toBe('<a>Straße</a>');
    const withBom = Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>ß</a>'));
    expect(decoded(withBom)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>ß</a>');
    expect(decoded(Uint8Array.of(0xff, 0xfe, ...utf16('<a>ß</a>', true)))).toBe('<a>ß</a>');
    expect(decoded(utf16('<?xml version="1.0" encoding="UTF-16"?><a>ß</a>', false))).toBe('<?xml version="1.0" encoding="UTF-16"?><a>ß</a>');
  });

  it('rejects bytes that break the encoding with their position instead of replacement characters', () => {
    const result = decodeXmlBytes(Uint8Array.of(...new TextEncoder().encode('<?xml version="1.0"?>\n<a>'), 0xff, 0x3c), 'x.xml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostic).toMatchObject({ code: 'xdf-invalid-encoding', severity: 'error', file: 'x.xml', position: { line: 2, column: 4 } });
    expect(result.diagnostic.message.de).toContain('0xFF');
  });

  it('names an encoding it cannot read', () => {
    const result = decodeXmlBytes(latin1('<?xml version="1.0" encoding="x-unknown-42"?><a/>'));
    expect(result.ok ? undefined : result.diagnostic.code).toBe('xdf-unsupported-encoding');
    expect(result.ok ? '' : result.diagnostic.message.en).toContain('x-unknown-42');
  });
});

describe('importXdf from bytes', () => {
  it('imports an ISO-8859-1 message exactly like its UTF-8 text', () => {
    // Characters beyond Latin-1 (the fixture's „“ and ≤) cannot be written in ISO-8859-1.
    const text = fixture('xdf2-schema.xml').replace(/[^\x00-\xff]/g, '?');
    expect(text).toMatch(/[äöüß]/);
    const declared = text.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="ISO-8859-1"?>');
    const bytes = latin1(declared);
    expect(importXdf(bytes)).toEqual(importXdf(declared));
  });

  it('reports undecodable bytes as the only finding', () => {
    const result = importXdf(Uint8Array.of(0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e));
    expect(result.definition).toBeUndefined();
    expect(result.report.diagnostics.map((d) => d.code)).toEqual(['xdf-invalid-encoding']);
  });
});

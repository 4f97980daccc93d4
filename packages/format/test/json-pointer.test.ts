import { describe, expect, it } from 'vitest';
import { appendPointer, escapePointerSegment, parseJsonPointer, unescapePointerSegment } from '../src/index.js';

describe('JSON pointers (RFC 6901)', () => {
  it('escapes ~ before / and reads them back in the opposite order', () => {
    expect(escapePointerSegment('a~1/b')).toBe('a~01~1b');
    expect(unescapePointerSegment('a~01~1b')).toBe('a~1/b');
  });

  it('appends escaped segments and splits them again', () => {
    const pointer = appendPointer('/codeLists', 'urn:x/y', 0, '~');
    expect(pointer).toBe('/codeLists/urn:x~1y/0/~0');
    expect(parseJsonPointer(pointer)).toEqual(['codeLists', 'urn:x/y', '0', '~']);
  });

  it('reads the whole document as no segments, and text without a leading / as no pointer', () => {
    expect(parseJsonPointer('')).toEqual([]);
    expect(parseJsonPointer('/')).toEqual(['']);
    expect(parseJsonPointer('fields')).toBeUndefined();
  });
});

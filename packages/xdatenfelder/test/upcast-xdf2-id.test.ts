import { describe, expect, it } from 'vitest';
import { upcastXdf2Id } from '../src/upcast-xdf2-id.js';

describe('upcastXdf2Id', () => {
  it('inserts 000 after the two-digit Hauptnummernkreis', () => {
    expect(upcastXdf2Id('S00000362')).toBe('S00000000362');
    expect(upcastXdf2Id('F60000240')).toBe('F60000000240');
    expect(upcastXdf2Id('C60000006')).toBe('C60000000006');
  });

  it('leaves xdf3 ids and non-standard ids unchanged', () => {
    expect(upcastXdf2Id('F60000000240')).toBe('F60000000240');
    expect(upcastXdf2Id('F00-4cb0dd14-629c-4661-9435-4e9eadc43e07')).toBe('F00-4cb0dd14-629c-4661-9435-4e9eadc43e07');
    expect(upcastXdf2Id('T1234')).toBe('T1234');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIN_91379_DATATYPE_C_PATTERN } from '@fimforms/format/din-91379';
import { corpusAvailable, XOEV_LIBRARY } from '../support/corpus.js';

describe.runIf(corpusAvailable())('DIN 91379 datatypeC in ECMAScript', () => {
  it('equals the mechanical translation of the unmodified library XSD pattern', () => {
    const xsd = fs.readFileSync(path.join(XOEV_LIBRARY, 'din-norm-91379-datatypes.xsd'), 'utf8');
    const pattern = /name="datatypeC"[\s\S]*?<xs:pattern value="([^"]*)"/.exec(xsd)![1]!;
    const translated = pattern.replace(/\\?&#x([0-9A-Fa-f]{4});/g, (_, hex: string) => `\\u${hex.toUpperCase()}`);
    expect(DIN_91379_DATATYPE_C_PATTERN).toBe(translated);
  });

  it('accepts German names with combining sequences and rejects emoji', () => {
    const regex = new RegExp(`^(?:${DIN_91379_DATATYPE_C_PATTERN})$`, 'u');
    expect(regex.test('Müller-Lüdenscheidt L\u0325\u0304')).toBe(true);
    expect(regex.test('Anna😀')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseXml } from '../src/parse-xml.js';
import { genericodeValues, readGenericode } from '../src/read-genericode.js';
import { fixture } from './support/fixtures.js';

function read(name: string): ReturnType<typeof readGenericode> {
  const parsed = parseXml(fixture(name));
  if (!parsed.ok) throw new Error(parsed.diagnostic.message.en);
  return readGenericode(parsed.root);
}

describe('readGenericode', () => {
  it('reads identification, columns, keys and rows of a gc:-prefixed list', () => {
    const list = read('genericode-prefixed.xml');
    expect(list).toMatchObject({ uri: 'urn:test:anrede', version: '2021-01-01', versionUri: 'urn:test:anrede_2021-01-01', columns: ['code', 'name'] });
    expect(genericodeValues(list, {}).map((value) => [value.code, value.label.de])).toEqual([['01', 'Frau'], ['02', 'Herr']]);
  });

  it('finds the key column through the only key and honours chosen columns', () => {
    const list = read('genericode-default-ns.xml');
    expect(genericodeValues(list, {}).map((value) => value.code)).toEqual(['000', '129']);
    expect(genericodeValues(list, { code: 'iso-2', name: 'kurzname', help: 'schluessel' })).toEqual([
      { code: 'DE', label: { de: 'Deutschland' }, help: { de: '000' } },
      { code: 'FR', label: { de: 'Frankreich' }, help: { de: '129' } },
    ]);
  });
});

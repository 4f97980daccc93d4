import { describe, expect, it } from 'vitest';
import { technicalName, uniqueName } from '../src/technical-name.js';

describe('technicalName', () => {
  it('transliterates umlauts and joins words in lowerCamelCase', () => {
    expect(technicalName('Straße und Hausnummer', 'x')).toBe('strasseUndHausnummer');
    expect(technicalName('Übermittlung Ärztliche Bescheinigung', 'x')).toBe('uebermittlungAerztlicheBescheinigung');
    expect(technicalName('Natürliche Person (abstrakt, umfassend)', 'x')).toBe('natuerlichePersonAbstraktUmfassend');
  });

  it('strips other diacritics, prefixes a leading digit and falls back when nothing is left', () => {
    expect(technicalName('Café Señor', 'x')).toBe('cafeSenor');
    expect(technicalName('1. Wohnsitz', 'x')).toBe('_1Wohnsitz');
    expect(technicalName('–––', 'feld')).toBe('feld');
    expect(technicalName(undefined, 'gruppe')).toBe('gruppe');
  });

  it('keeps whole words within 64 characters, cutting only an overlong first word', () => {
    const name = 'Einverständniserklärung der Erziehungsberechtigten bei Anträgen auf Jagdschein';
    expect(technicalName(name, 'x')).toBe('einverstaendniserklaerungDerErziehungsberechtigtenBeiAntraegen');
    expect(technicalName(`${'Sehr'.repeat(20)} lang`, 'x')).toBe('sehr'.padEnd(64, 'Sehr').slice(0, 64));
    expect(technicalName('Kurz und gut', 'x')).toBe('kurzUndGut');
  });

  it('always yields a valid technical name', () => {
    for (const input of ['__proto__', 'constructor', '😀 Emoji', 'a'.repeat(200), '  ', 'Ǆ']) {
      expect(technicalName(input, 'f')).toMatch(/^[A-Za-z_][A-Za-z0-9_]{0,64}$/);
    }
  });
});

describe('uniqueName', () => {
  it('numbers repeated names among siblings', () => {
    const taken = new Set<string>();
    expect([uniqueName('a', taken), uniqueName('a', taken), uniqueName('a', taken), uniqueName('b', taken)]).toEqual(['a', 'a_2', 'a_3', 'b']);
  });
});

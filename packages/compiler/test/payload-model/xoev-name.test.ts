import { describe, expect, it } from 'vitest';
import { fimIdName, lowerCamelName, NameScope, upperCamelName } from '../../src/payload-model/xoev-name.js';

describe('XÖV names', () => {
  it.each([
    ['antrag_steller', 'antragSteller'],
    ['PLZ', 'plz'],
    ['URLFeld', 'urlFeld'],
    ['Name', 'name'],
    ['_intern', 'intern'],
    ['__proto__', 'proto'],
    ['9teil', 'e9teil'],
    ['_', 'element'],
  ])('technical name %s becomes element name %s', (technical, element) => {
    expect(lowerCamelName(technical)).toBe(element);
    expect(element).toMatch(/^[a-z][A-Za-z0-9.]*$/);
  });

  it('type names are Upper-camel', () => {
    expect(upperCamelName('antrag_steller')).toBe('AntragSteller');
  });

  it('FIM ids keep letters, digits and dots only', () => {
    expect(fimIdName('F60000000227')).toBe('F60000000227');
    expect(fimIdName('F00-4cb0dd14-a1')).toBe('F004cb0dd14a1');
  });

  it('a scope hands out each name once', () => {
    const scope = new NameScope();
    expect([scope.claim('name'), scope.claim('name'), scope.claim('name')]).toEqual(['name', 'name2', 'name3']);
    expect([scope.claim('F1', '.'), scope.claim('F1', '.')]).toEqual(['F1', 'F1.2']);
  });
});

import { describe, expect, it } from 'vitest';
import { isTrustLevel, prefillSourceEntry, reachesTrustLevel, TRUST_LEVELS } from '@fimforms/format';

describe('trust levels', () => {
  it('orders basic < substantial < high', () => {
    expect(TRUST_LEVELS).toEqual(['basic', 'substantial', 'high']);
    expect(reachesTrustLevel('high', 'substantial')).toBe(true);
    expect(reachesTrustLevel('substantial', 'substantial')).toBe(true);
    expect(reachesTrustLevel('basic', 'substantial')).toBe(false);
  });

  it('lets no unstated or unknown level reach any level', () => {
    expect(reachesTrustLevel(undefined, 'basic')).toBe(false);
    expect(reachesTrustLevel('hoch', 'basic')).toBe(false);
    expect(reachesTrustLevel('toString', 'basic')).toBe(false);
    expect(isTrustLevel('HIGH')).toBe(false);
    expect(isTrustLevel('high')).toBe(true);
  });

  it('reads a listed source in either form', () => {
    expect(prefillSourceEntry('bundid:givenName')).toEqual({ source: 'bundid:givenName' });
    expect(prefillSourceEntry({ source: 'bundid:dateOfBirth', level: 'high' })).toEqual({ source: 'bundid:dateOfBirth', level: 'high' });
  });
});

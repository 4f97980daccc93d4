import { afterEach, describe, expect, it } from 'vitest';
import { DraftStore, draftKeyOf } from '../src/draft-store.js';
import { draftTexts } from '../src/draft-store-texts.js';

const KEY = { name: 'wohngeld', version: '1.2.0' };
const DAY = 86_400_000;

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

function storedKeys(): string[] {
  return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '');
}

/** A storage that refuses every write as a full one does. */
function fullStorage(): Storage {
  const store = new Map<string, string>();
  return {
    get length() { return store.size; },
    clear: () => store.clear(),
    key: (i) => [...store.keys()][i] ?? null,
    getItem: (key) => store.get(key) ?? null,
    removeItem: (key) => void store.delete(key),
    setItem: () => { throw new DOMException('full', 'QuotaExceededError'); },
  };
}

describe('DraftStore', () => {
  it('stores nothing before consent', () => {
    const store = new DraftStore(KEY);
    expect(store.save({ vorname: 'Erika' })).toEqual({ ok: false, reason: 'no-consent' });
    // Only this form's keys: test files run side by side in one origin and share its storage.
    expect(storedKeys().filter((key) => key.includes('wohngeld@1.2.0'))).toEqual([]);
    expect(store.load()).toBeUndefined();
  });

  it('saves and resumes the answers and the page after consent, in localStorage by default', () => {
    const store = new DraftStore(KEY, { now: () => Date.UTC(2026, 11, 7) });
    expect(store.giveConsent()).toEqual({ ok: true });
    expect(store.save({ vorname: 'Erika', betrag: '12.50' }, 2)).toEqual({ ok: true });
    const again = new DraftStore(KEY, { now: () => Date.UTC(2026, 11, 8) });
    expect(again.hasConsent()).toBe(true);
    expect(again.load()).toEqual({
      submission: { vorname: 'Erika', betrag: '12.50' }, page: 2,
      savedAt: '2026-12-07T00:00:00.000Z', expiresAt: '2026-12-14T00:00:00.000Z',
    });
    expect(Object.keys(localStorage)).toEqual(expect.arrayContaining(['fimforms:consent:wohngeld@1.2.0', 'fimforms:draft:wohngeld@1.2.0']));
  });

  it('keeps drafts of other definitions and versions apart', () => {
    const store = new DraftStore(KEY);
    store.giveConsent();
    store.save({ a: '1' });
    expect(new DraftStore({ name: 'wohngeld', version: '1.3.0' }).load()).toBeUndefined();
    expect(new DraftStore({ name: 'elterngeld', version: '1.2.0' }).load()).toBeUndefined();
    expect(draftKeyOf({ name: 'x', fim: { version: '2.0' } })).toEqual({ name: 'x', version: '2.0' });
  });

  it('deletes a draft once it has expired', () => {
    let now = Date.UTC(2026, 0, 1);
    const store = new DraftStore(KEY, { now: () => now, expiresInDays: 2 });
    store.giveConsent();
    store.save({ a: '1' });
    now += 2 * DAY - 1;
    expect(store.load()?.submission).toEqual({ a: '1' });
    now += 1;
    expect(store.load()).toBeUndefined();
    expect(localStorage.getItem('fimforms:draft:wohngeld@1.2.0')).toBeNull();
  });

  it('discards the draft, and withdrawing consent deletes it too', () => {
    const store = new DraftStore(KEY);
    store.giveConsent();
    store.save({ a: '1' });
    store.discard();
    expect(store.load()).toBeUndefined();
    expect(store.hasConsent()).toBe(true);
    store.save({ a: '1' });
    store.withdrawConsent();
    expect(store.hasConsent()).toBe(false);
    expect(storedKeys().filter((key) => key.includes('wohngeld@1.2.0'))).toEqual([]);
  });

  it('uses sessionStorage when asked', () => {
    const store = new DraftStore(KEY, { storage: 'session' });
    store.giveConsent();
    store.save({ a: '1' });
    expect(storedKeys().filter((key) => key.includes('wohngeld@1.2.0'))).toEqual([]);
    expect(sessionStorage.getItem('fimforms:consent:wohngeld@1.2.0')).toBe('yes');
    expect(sessionStorage.getItem('fimforms:draft:wohngeld@1.2.0')).not.toBeNull();
  });

  it('never throws on a full storage or damaged data', () => {
    const storage = fullStorage();
    const store = new DraftStore(KEY, { storageArea: storage });
    expect(store.giveConsent()).toEqual({ ok: false, reason: 'storage-full' });
    localStorage.setItem('fimforms:consent:wohngeld@1.2.0', 'yes');
    for (const damaged of ['{', '[]', '{"format":1,"submission":[]}', '{"format":99,"submission":{},"savedAt":"","expiresAt":""}']) {
      localStorage.setItem('fimforms:draft:wohngeld@1.2.0', damaged);
      expect(new DraftStore(KEY).load()).toBeUndefined();
      expect(localStorage.getItem('fimforms:draft:wohngeld@1.2.0')).toBeNull();
    }
  });

  it('never throws when the browser blocks storage altogether', () => {
    const blocked = new Proxy(fullStorage(), { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    const store = new DraftStore(KEY, { storageArea: blocked });
    expect(store.giveConsent()).toEqual({ ok: false, reason: 'storage-unavailable' });
    expect(store.hasConsent()).toBe(false);
    expect(store.load()).toBeUndefined();
    expect(() => store.withdrawConsent()).not.toThrow();
  });

  it('tells the person in German and English what is kept, where and for how long', () => {
    expect(draftTexts.de.consentText(7)).toContain('nur in diesem Browser');
    expect(draftTexts.de.consentText(7)).toContain('nach 7 Tagen');
    expect(draftTexts.de.consentText(1)).toContain('nach 1 Tag ');
    expect(draftTexts.en.consentText(7)).toContain('not sent to the authority');
  });
});

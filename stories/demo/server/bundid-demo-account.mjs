// @ts-check
import { prefillSourceEntry } from '@fimforms/format';
import { createForm } from '@fimforms/runtime';

/** @typedef {import('@fimforms/format').FormDefinition} FormDefinition */
/** @typedef {import('@fimforms/format').TrustLevel} TrustLevel */
/** @typedef {import('@fimforms/runtime').PrefillValue} PrefillValue */

/**
 * The demo's stand-in for a BundID account after an ELSTER-certificate login: the session reaches
 * `substantial`, and each attribute carries the level specs/format.md §5.6.2 expects of such a session —
 * names and date of birth from the certificate `substantial`, what the citizen typed into the account
 * themselves (address, e-mail, telephone) `basic`. Invented values; no identity provider is asked.
 * @type {Readonly<Record<string, { value: string, level: TrustLevel }>>}
 */
const DEMO_ACCOUNT = {
  'bundid:givenName': { value: 'Erika', level: 'substantial' },
  'bundid:familyNames': { value: 'Mustermann', level: 'substantial' },
  'bundid:dateOfBirth': { value: '1964-08-12', level: 'substantial' },
  'bundid:address.street': { value: 'Heidestraße 17', level: 'basic' },
  'bundid:address.postalCode': { value: '12345', level: 'basic' },
  'bundid:address.city': { value: 'Musterstadt', level: 'basic' },
  'bundid:email': { value: 'erika.mustermann@example.org', level: 'basic' },
  'bundid:phone': { value: '0123 456789', level: 'basic' },
};

/** What the page says while the demo login is open: the values are invented, the level is the session's. */
export const DEMO_LOGIN_NOTE = 'Demo: Werte wie aus einem BundID-Konto (Vertrauensniveau substanziell)';

/**
 * The prefill a host would hand `<fim-form>` and `validateSubmission` for this form after the demo login:
 * every field instance the form starts with whose `prefill.sources` name an attribute of the demo account
 * (the first such source wins), with that attribute's value and level.
 * @param {FormDefinition} definition
 * @returns {Record<string, PrefillValue>}
 */
export function demoAccountPrefill(definition) {
  const form = createForm(definition);
  /** @type {Record<string, PrefillValue>} */
  const prefill = {};
  for (const path of form.paths()) {
    const sources = form.describe(path)?.field?.prefill?.sources ?? [];
    const source = sources.map((entry) => prefillSourceEntry(entry).source).find((name) => name in DEMO_ACCOUNT);
    if (source === undefined) continue;
    const attribute = /** @type {{ value: string, level: TrustLevel }} */ (DEMO_ACCOUNT[source]);
    prefill[path] = { value: attribute.value, source, level: attribute.level };
  }
  return prefill;
}

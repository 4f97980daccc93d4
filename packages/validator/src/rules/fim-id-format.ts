import { appendPointer, type FimIdentity } from '@fimforms/format';
import type { Report, SemanticRule } from './semantic-rule.js';

const XDF3_ID = /^[CDFGRS]\d{11}$/;
const XDF2_ID = /^[CDFGRS]\d{8}$/;
const XDF3_VERSION = /^\d+\.\d+\.\d+$/;
const XDF2_VERSION = /^\d+\.\d+$/;

/**
 * FIM ids are a type letter plus 11 digits (xdf3) or 8 digits (xdf2, reported as legacy);
 * anything else is non-standard (XDFM 1039). The letter must match what carries the id (a
 * field's id starts with F…). Versions: `x.y.z` for xdf3 ids, `x.y` for xdf2 ids.
 */
export const fimIdFormat: SemanticRule = {
  name: 'fim-id-format',
  codes: ['fim-id-kind-mismatch', 'nonstandard-fim-id', 'legacy-fim-id', 'fim-version-format'],
  check(context, report) {
    const { definition } = context;
    if (definition.fim) checkIdentity(definition.fim, 'S', '/fim', undefined, report);
    if (definition.documentProfile) checkIdentity(definition.documentProfile, 'D', '/documentProfile', undefined, report);
    for (const [key, field] of context.fields) if (field.fim) checkIdentity(field.fim, 'F', '/fields', key, report);
    for (const [key, group] of context.groups) if (group.fim) checkIdentity(group.fim, 'G', '/groups', key, report);
    for (const [key, rule] of context.rules) if (rule.fim) checkIdentity(rule.fim, 'R', '/rules', key, report);
    for (const [key, list] of context.codeLists) {
      if (list.kind === 'genericode' && list.fim) checkIdentity(list.fim, 'C', '/codeLists', key, report);
    }
  },
};

/**
 * Pointers are built only for findings (this rule visits every element): `base` is the
 * identity's own pointer, or with `key` the map whose entry's `fim` it is.
 */
function identityPointer(base: string, key: string | undefined, member: string): string {
  return key === undefined ? appendPointer(base, member) : appendPointer(base, key, 'fim', member);
}

function checkIdentity(identity: FimIdentity, letter: string, base: string, key: string | undefined, report: Report): void {
  const id = identity.id;
  const at = () => identityPointer(base, key, 'id');
  if (!id.startsWith(letter)) {
    report({
      code: 'fim-id-kind-mismatch',
      severity: 'error',
      pointer: at(),
      message: {
        de: `Die FIM-ID „${id}“ muss an dieser Stelle mit „${letter}“ beginnen.`,
        en: `The FIM id "${id}" must start with "${letter}" here.`,
      },
    });
    return;
  }
  const xdf3 = XDF3_ID.test(id);
  const xdf2 = !xdf3 && XDF2_ID.test(id); // 8 digits never match 11
  if (!xdf3 && !xdf2) {
    report({
      code: 'nonstandard-fim-id',
      severity: 'warning',
      pointer: at(),
      message: {
        de: `Die FIM-ID „${id}“ entspricht nicht dem Format (Buchstabe + 11 Ziffern; XDFM 1039).`,
        en: `The FIM id "${id}" does not have the standard form (letter + 11 digits; XDFM 1039).`,
      },
    });
    return;
  }
  if (xdf2) {
    report({
      code: 'legacy-fim-id',
      severity: 'info',
      pointer: at(),
      message: {
        de: `„${id}“ ist eine verkürzte XDatenfelder-2-ID; XDatenfelder 3 verwendet 11 Ziffern.`,
        en: `"${id}" is a short XDatenfelder 2 id; XDatenfelder 3 uses 11 digits.`,
      },
    });
  }
  const version = identity.version;
  const expected = xdf3 ? XDF3_VERSION : XDF2_VERSION;
  if (version !== undefined && !expected.test(version)) {
    report({
      code: 'fim-version-format',
      severity: 'warning',
      pointer: identityPointer(base, key, 'version'),
      message: {
        de: `Die Version „${version}“ passt nicht zur ID (${xdf3 ? 'xdf3: Haupt.Neben.Patch' : 'xdf2: Haupt.Neben'}).`,
        en: `The version "${version}" does not fit the id (${xdf3 ? 'xdf3: major.minor.patch' : 'xdf2: major.minor'}).`,
      },
    });
  }
}

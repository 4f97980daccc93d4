import type { FimIdentity } from '@fimforms/format';
import { appendPointer } from '../json-pointer.js';
import type { Report, SemanticRule } from './semantic-rule.js';

const XDF3_ID = /^[CDFGRS]\d{11}$/;
const XDF2_ID = /^[CDFGRS]\d{8}$/;

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
    if (definition.fim) checkIdentity(definition.fim, 'S', () => '/fim', report);
    if (definition.documentProfile) checkIdentity(definition.documentProfile, 'D', () => '/documentProfile', report);
    for (const [key, field] of context.fields) if (field.fim) checkIdentity(field.fim, 'F', () => appendPointer('/fields', key, 'fim'), report);
    for (const [key, group] of context.groups) if (group.fim) checkIdentity(group.fim, 'G', () => appendPointer('/groups', key, 'fim'), report);
    for (const [key, rule] of context.rules) if (rule.fim) checkIdentity(rule.fim, 'R', () => appendPointer('/rules', key, 'fim'), report);
    for (const [key, list] of context.codeLists) {
      if (list.kind === 'genericode' && list.fim) checkIdentity(list.fim, 'C', () => appendPointer('/codeLists', key, 'fim'), report);
    }
  },
};

// `pointer` is a thunk: pointers are built only for findings (this rule visits every element).
function checkIdentity(identity: FimIdentity, letter: string, pointer: () => string, report: Report): void {
  const id = identity.id;
  const at = () => appendPointer(pointer(), 'id');
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
  const xdf2 = XDF2_ID.test(id);
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
  const expected = xdf3 ? /^\d+\.\d+\.\d+$/ : /^\d+\.\d+$/;
  if (version !== undefined && !expected.test(version)) {
    report({
      code: 'fim-version-format',
      severity: 'warning',
      pointer: appendPointer(pointer(), 'version'),
      message: {
        de: `Die Version „${version}“ passt nicht zur ID (${xdf3 ? 'xdf3: Haupt.Neben.Patch' : 'xdf2: Haupt.Neben'}).`,
        en: `The version "${version}" does not fit the id (${xdf3 ? 'xdf3: major.minor.patch' : 'xdf2: major.minor'}).`,
      },
    });
  }
}

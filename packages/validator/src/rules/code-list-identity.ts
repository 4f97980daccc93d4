import { appendPointer } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9()+,\-.:=@;$_!*'%/?#]+$/i;

/**
 * Genericode references: the Kennung is a URN without umlauts (XDFM 1005, 1048), the version a
 * date (1105), one list not twice with the same URI and version (1036) nor in several versions
 * (1037).
 */
export const codeListIdentity: SemanticRule = {
  name: 'code-list-identity',
  codes: ['code-list-uri-not-urn', 'code-list-version-format', 'duplicate-code-list', 'code-list-multiple-versions'],
  check(context, report) {
    const seen = new Map<string, string>();
    const versions = new Map<string, string>();
    for (const [key, list] of context.codeLists) {
      if (list.kind !== 'genericode') continue;
      const base = appendPointer('/codeLists', key);
      if (!URN.test(list.uri)) {
        report({
          code: 'code-list-uri-not-urn',
          severity: 'warning',
          pointer: appendPointer(base, 'uri'),
          message: {
            de: `Die Kennung „${list.uri}“ ist keine gültige URN, z. B. urn:xoev-de:fim-datenfelder:codeliste:dokumentart (XDFM 1005, 1048).`,
            en: `The identifier "${list.uri}" is not a valid URN, e.g. urn:xoev-de:fim-datenfelder:codeliste:dokumentart (XDFM 1005, 1048).`,
          },
        });
      }
      const version = list.version ?? '';
      if (list.version !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(list.version)) {
        report({
          code: 'code-list-version-format',
          severity: 'info',
          pointer: appendPointer(base, 'version'),
          message: {
            de: `Die Version „${list.version}“ sollte ein Datum wie 2018-03-01 sein (XDFM 1105).`,
            en: `The version "${list.version}" should be a date such as 2018-03-01 (XDFM 1105).`,
          },
        });
      }
      const identity = `${list.uri}\u0000${version}`;
      const first = seen.get(identity);
      if (first !== undefined) {
        report({
          code: 'duplicate-code-list',
          severity: 'warning',
          pointer: base,
          message: {
            de: `Dieselbe Codeliste (URI und Version) ist schon als „${first}“ definiert (XDFM 1036).`,
            en: `The same code list (URI and version) is already defined as "${first}" (XDFM 1036).`,
          },
        });
      } else {
        seen.set(identity, key);
        const other = versions.get(list.uri);
        if (other !== undefined && other !== version) {
          report({
            code: 'code-list-multiple-versions',
            severity: 'warning',
            pointer: appendPointer(base, 'version'),
            message: { de: 'Die Codeliste wird in mehreren Versionen verwendet (XDFM 1037).', en: 'The code list is used in several versions (XDFM 1037).' },
          });
        }
        versions.set(list.uri, version);
      }
    }
  },
};

import { escapePointerSegment, type GenericodeCodeList } from '@fimforms/format';
import { GENERICODE_NAMESPACE } from './xdf-namespaces.js';
import type { ImportContext } from './import-context.js';
import { decodeXmlBytes } from './decode-xml-bytes.js';
import { parseXml } from './parse-xml.js';
import { genericodeValues, readGenericode, type GenericodeList } from './read-genericode.js';

/**
 * Embeds the entries of the given genericode files into the matching genericode references
 * of the definition: same `CanonicalVersionUri`, or same `CanonicalUri` and (when the
 * reference names one) same `Version`. Unreadable files and references left unresolved are
 * reported; references stay valid without values (resolved at run time).
 */
export function resolveCodeLists(sources: readonly (string | Uint8Array)[], context: ImportContext): void {
  const lists = sources.flatMap((source, index) => parseGenericode(source, index, context));
  for (const [key, list] of Object.entries(context.codeLists)) {
    if (list.kind !== 'genericode') continue;
    const match = lists.find((candidate) => matches(candidate, list));
    if (match) {
      const values = genericodeValues(match, list.columns ?? {});
      if (values.length > 0) {
        list.values = values;
        continue;
      }
    }
    context.count('code-list-unresolved');
    if (sources.length > 0) {
      context.report('xdf-code-list-unresolved', 'info', `/codeLists/${escapePointerSegment(key)}`, {
        de: `Für die Codeliste ${key} wurde keine passende genericode-Datei mit Einträgen übergeben; sie bleibt eine Referenz.`,
        en: `No matching genericode file with entries was given for the code list ${key}; it stays a reference.`,
      });
    }
  }
}

function parseGenericode(source: string | Uint8Array, index: number, context: ImportContext): GenericodeList[] {
  const decoded = typeof source === 'string' ? { ok: true as const, text: source } : decodeXmlBytes(source);
  if (!decoded.ok) {
    context.diagnostics.push({ ...decoded.diagnostic, severity: 'warning', pointer: `/codeLists[${index + 1}]` });
    return [];
  }
  const parsed = parseXml(decoded.text, context.options.limits ?? {});
  if (!parsed.ok) {
    context.diagnostics.push({ ...parsed.diagnostic, severity: 'warning', pointer: `/codeLists[${index + 1}]` });
    return [];
  }
  if (parsed.root.uri !== GENERICODE_NAMESPACE || parsed.root.local !== 'CodeList') {
    context.report('xdf-not-genericode', 'warning', `/codeLists[${index + 1}]`, {
      de: `Die Codelisten-Datei ${index + 1} ist keine genericode-CodeList (<${parsed.root.local}> in ${parsed.root.uri || 'keinem Namensraum'}).`,
      en: `Code-list file ${index + 1} is not a genericode CodeList (<${parsed.root.local}> in ${parsed.root.uri || 'no namespace'}).`,
    });
    return [];
  }
  return [readGenericode(parsed.root)];
}

function matches(candidate: GenericodeList, reference: GenericodeCodeList): boolean {
  if (reference.versionUri !== undefined && candidate.versionUri === reference.versionUri) return true;
  if (candidate.uri !== reference.uri) return false;
  return reference.version === undefined || reference.version === candidate.version;
}

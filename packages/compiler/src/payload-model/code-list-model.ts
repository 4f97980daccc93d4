import type { CodeList, CodeValue } from '@fimforms/format';
import type { CodeListModel } from './payload-model.js';

/**
 * Maps a code list to its XÖV Code type (specs/payload.md §3.3):
 * - a genericode reference with version and embedded values → Code-Typ 1 (codes enumerated);
 * - with version, without values → Code-Typ 2 (URI and version fixed, codes looked up elsewhere);
 * - without version → Code-Typ 3 (the instance names the version);
 * - an inline list → Code-Typ 1 under a URI derived from the payload schema's `kennung`, its
 *   version being the payload schema's version (the list is part of this schema).
 */
export function codeListModel(key: string, list: CodeList, kennung: string, schemaVersion: string): CodeListModel {
  const title = list.title?.de ?? key;
  if (list.kind === 'genericode') {
    if (list.version === undefined) return { key, codeType: 3, listURI: list.uri, title };
    const values = uniqueValues(list.values ?? []);
    if (values.length === 0) return { key, codeType: 2, listURI: list.uri, version: list.version, title };
    return { key, codeType: 1, listURI: list.uri, version: list.version, values, title };
  }
  const separator = kennung.startsWith('urn:') ? ':' : '/';
  const listURI = `${kennung}${separator}codeliste${separator}${encodeURIComponent(key)}`;
  const values = uniqueValues(Array.isArray(list.values) ? list.values : []);
  if (values.length === 0) return { key, codeType: 2, listURI, version: schemaVersion, title, inline: true };
  return { key, codeType: 1, listURI, version: schemaVersion, values, title, inline: true };
}

// A repeated code would make the JSON Schema `enum` invalid; the first entry wins.
function uniqueValues(values: CodeValue[]): CodeValue[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    if (typeof value?.code !== 'string' || seen.has(value.code)) return false;
    seen.add(value.code);
    return true;
  });
}

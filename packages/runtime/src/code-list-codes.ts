import type { FormDefinition } from '@fimforms/format';

/**
 * The codes of every code list that carries its values (inline lists, genericode lists with
 * embedded values). Lists resolved only at run time are absent; the caller may supply them.
 */
export function codeListCodes(definition: FormDefinition): Map<string, ReadonlySet<string>> {
  const result = new Map<string, ReadonlySet<string>>();
  for (const [key, list] of Object.entries(definition.codeLists ?? {})) {
    if (Array.isArray(list?.values)) result.set(key, new Set(list.values.map((value) => value.code)));
  }
  return result;
}

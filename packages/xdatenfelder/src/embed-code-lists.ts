import { escapePointerSegment, type Diagnostic, type FormDefinition } from '@fimforms/format';
import { ImportContext } from './import-context.js';
import type { XmlLimits } from './parse-xml.js';
import { resolveCodeLists } from './resolve-code-lists.js';

/** The result of {@link embedCodeLists}. */
export interface EmbedCodeListsResult {
  /** A copy of the definition with the entries of every matching genericode file embedded. */
  definition: FormDefinition;
  /** Unreadable files (warnings) and `code-list-unresolved` errors. */
  diagnostics: Diagnostic[];
  /** Keys of the lists a field uses that are still without values. */
  unresolved: string[];
}

/**
 * Embeds the entries of genericode files (XML texts or bytes) into the definition's genericode
 * references that have no `values`, matched as on import (specs/xdatenfelder.md §6). A list a
 * field uses that is still without values afterwards cannot be checked: it is reported as
 * `code-list-unresolved` (an error, at the list), never accepted silently (format.md §7.2).
 * Lists with embedded values are used as they are. The definition itself is not changed.
 */
export function embedCodeLists(definition: FormDefinition, sources: readonly (string | Uint8Array)[], options: { limits?: XmlLimits } = {}): EmbedCodeListsResult {
  const copy = structuredClone(definition);
  const context = new ImportContext('3.0.0', options.limits ? { limits: options.limits } : {});
  const lists = copy.codeLists ?? {};
  for (const key of Object.keys(lists)) {
    const list = lists[key]!;
    if (list.kind === 'genericode' && !Array.isArray(list.values)) context.codeLists[key] = list;
  }
  resolveCodeLists(sources, context);
  const diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.code !== 'xdf-code-list-unresolved');
  const used = new Set(Object.values(copy.fields ?? {}).map((field) => field?.codeList));
  const unresolved = Object.keys(context.codeLists).filter((key) => !Array.isArray(context.codeLists[key]!.values) && used.has(key));
  for (const key of unresolved) {
    diagnostics.push({
      code: 'code-list-unresolved',
      severity: 'error',
      pointer: `/codeLists/${escapePointerSegment(key)}`,
      message: {
        de: `Die Codeliste „${key}“ hat keine eingebetteten Werte und keine übergebene genericode-Datei passt; ihre Codes können nicht geprüft werden (--codelists <verzeichnis>).`,
        en: `The code list "${key}" has no embedded values and no given genericode file matches; its codes cannot be checked (--codelists <directory>).`,
      },
    });
  }
  return { definition: copy, diagnostics, unresolved };
}

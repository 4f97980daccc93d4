import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { embedCodeLists } from '@fimforms/xdatenfelder';
import type { CliIo } from './command.js';
import { readCodeListFiles } from './read-code-list-files.js';

/** A definition with the codes of `--codelists` embedded, and what the runtime must know about the rest. */
export interface ResolvedCodeLists {
  definition: FormDefinition;
  /** Unreadable genericode files and `code-list-unresolved` errors, pointing into the definition. */
  diagnostics: Diagnostic[];
  /**
   * For the runtime's `codeLists` option: every list still without codes has none, so each of
   * its values is refused (`value-not-in-code-list`) instead of passing unchecked (format.md §7.2).
   */
  runtimeCodeLists: Record<string, readonly string[]>;
}

/**
 * Embeds the genericode files of `--codelists` (when given) into the definition's references
 * without values; the exit code when a file cannot be read.
 */
export function resolveDefinitionCodeLists(definition: FormDefinition, codelists: string | undefined, io: CliIo): ResolvedCodeLists | 1 | 2 {
  const sources = codelists === undefined ? [] : readCodeListFiles(codelists, io);
  if (typeof sources === 'number') return sources;
  const embedded = embedCodeLists(definition, sources);
  // Keys come from the definition: own properties only, so `__proto__` stays a key.
  const runtimeCodeLists = Object.fromEntries(embedded.unresolved.map((key) => [key, []]));
  return { definition: embedded.definition, diagnostics: embedded.diagnostics, runtimeCodeLists };
}

import type { FormDefinition, Occurrence } from '@fimforms/format';
import type { ExportContext } from './export-context.js';
import { technicalName } from './technical-name.js';

/**
 * Counts what a definition carries that XDatenfelder 3.0.0 has no place for, so the export
 * report names it instead of dropping it silently: texts in other languages than German
 * (xdf3 keeps translations in separate 0106 messages), presentation hints, pages, trusted
 * prefill (xdf3 `vorbefuellung` has no trust level), inline
 * list titles, and technical names that the FIM name would not give back on import.
 */
export function noteUnexportable(definition: FormDefinition, context: ExportContext): void {
  countTranslations(definition, context);
  if (definition.pages !== undefined) context.droppedMember('pages');
  if (definition.prefill !== undefined) context.droppedMember('prefill.lockFrom');
  const elements = [...Object.values(definition.fields ?? {}), ...Object.values(definition.groups ?? {})];
  for (const element of elements) {
    if (element.ui !== undefined) context.droppedMember('ui');
    if (element.name !== technicalName(element.fim?.name ?? element.name, element.name)) context.droppedMember('name');
  }
  const occurrences: Occurrence[] = [...definition.structure, ...Object.values(definition.groups ?? {}).flatMap((group) => group.children)];
  for (const occurrence of occurrences) if (occurrence.ui !== undefined) context.droppedMember('ui');
  for (const list of Object.values(definition.codeLists ?? {})) if (list.title !== undefined) context.droppedMember('codeList.title');
}

// Iterative walk: definitions may be deeply nested hostile input.
function countTranslations(definition: FormDefinition, context: ExportContext): void {
  const stack: unknown[] = [definition];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (!Array.isArray(value) && typeof (value as { de?: unknown }).de === 'string') {
      const languages = Object.keys(value).filter((key) => key !== 'de');
      if (languages.length > 0) context.droppedMember('translations');
      continue;
    }
    if (value === definition.extensions) continue;
    stack.push(...Object.values(value));
  }
}

import { diagnosticLine as findingLine, type Diagnostic } from '@fimforms/format';

export type CatalogueLanguage = 'de' | 'en';

/**
 * One finding as `fimforms validate` prints it (`file:line:col severity code message`, the
 * format package's `diagnosticLine`), followed by its JSON pointer, which the catalogue shows
 * beside the definition.
 */
export function diagnosticLine(diagnostic: Diagnostic, lang: CatalogueLanguage, file = diagnostic.file ?? 'form.json'): string {
  const pointer = diagnostic.pointer === '' ? '' : ` [${diagnostic.pointer}]`;
  return `${findingLine(diagnostic, lang, file)}${pointer}`;
}

import type { Diagnostic } from '@fimforms/format';

export type CatalogueLanguage = 'de' | 'en';

const SEVERITY = {
  de: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

/**
 * One finding as `fimforms validate` prints it (`file:line:col severity code message [pointer]`,
 * see packages/cli/src/reporters): the CLI's reporters are Node-only and not exported, so the
 * catalogue repeats the one-line layout for the browser.
 */
export function diagnosticLine(diagnostic: Diagnostic, lang: CatalogueLanguage, file = diagnostic.file ?? 'form.json'): string {
  const position = diagnostic.position ?? { line: 1, column: 1 };
  const hint = diagnostic.hint ? ` (${diagnostic.hint[lang]})` : '';
  const pointer = diagnostic.pointer === '' ? '' : ` [${diagnostic.pointer}]`;
  return `${file}:${position.line}:${position.column} ${SEVERITY[lang][diagnostic.severity]} ${diagnostic.code} ${diagnostic.message[lang]}${hint}${pointer}`;
}

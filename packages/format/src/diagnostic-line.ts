import type { Diagnostic, Severity } from './diagnostic.js';

/** How a finding's severity reads in each language of the messages. */
const SEVERITY_WORDS: { [lang in 'de' | 'en']: { [severity in Severity]: string } } = {
  de: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/**
 * One finding as one line, `file:line:col severity code message (hint)`, as compilers print
 * them (editors and terminals link the location; a finding without a position stands at 1:1):
 * the layout of `fimforms validate` and of the catalogue. `printable` makes each text taken from
 * the input (code, message and hint) safe where the line is shown; `file` is passed as it is to
 * be printed.
 */
export function diagnosticLine(diagnostic: Diagnostic, lang: 'de' | 'en', file: string, printable: (text: string) => string = (text) => text): string {
  const position = diagnostic.position ?? { line: 1, column: 1 };
  const hint = diagnostic.hint ? ` (${diagnostic.hint[lang]})` : '';
  return `${file}:${position.line}:${position.column} ${SEVERITY_WORDS[lang][diagnostic.severity]} ${printable(diagnostic.code)} ${printable(diagnostic.message[lang] + hint)}`;
}

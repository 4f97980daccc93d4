/** How bad a finding is. `error` fails validation; `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/** A message in German (the source) and English. */
export interface BilingualMessage {
  de: string;
  en: string;
}

/** A 1-based line and column in a source file (columns count UTF-16 code units, as editors do). */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * A finding of any fimforms tool: stable kebab-case `code` (listed in specs/diagnostics.md),
 * a JSON pointer into the definition (or an XPath-like location into XML sources), and a
 * message in German and English. Consumers compare `code` and `pointer`, never the text.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  /** JSON pointer (RFC 6901) of the offending value; `""` is the whole document. */
  pointer: string;
  message: BilingualMessage;
  /** The file, when the input came from one. */
  file?: string;
  /** Where in the file. */
  position?: SourcePosition;
  /** A hint how to fix it. */
  hint?: BilingualMessage;
}

import type { Diagnostic } from '@fimforms/format';

/** The result of a serializer: the payload text, absent when a diagnostic of severity error was reported. */
export interface PayloadResult {
  payload?: string;
  diagnostics: Diagnostic[];
}

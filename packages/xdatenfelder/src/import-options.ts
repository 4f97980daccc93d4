import type { Expression } from '@fimforms/format';
import type { XmlLimits } from './parse-xml.js';

/**
 * One rule of the FIM Portal's machine-readable translation
 * (`GET /api/v1/translated-rules/{element-id}/{version}`), as documented in
 * specs/xdatenfelder.md §7.
 */
export interface TranslatedRule {
  effect: 'require' | 'forbid' | 'valid';
  /** `self.F…` / `self.G…`; absent for a form-wide `valid`. */
  target?: string;
  /** The German message. */
  message?: string;
  /** The condition tree (`identifier`, `equal`, `not_equal`, `not`, `is_empty`, `and`, `or`, `xor`) or `true`. */
  condition?: Expression;
}

/** Options of {@link importXdf}. */
export interface ImportOptions {
  /** File name, for diagnostics. */
  file?: string;
  /**
   * Genericode code lists to resolve `codelisteReferenz` into embedded values: XML texts, or
   * file bytes (decoded by BOM and XML declaration).
   */
  codeLists?: (string | Uint8Array)[];
  /**
   * Translated rules of the FIM Portal, keyed by the id of the rule-bearing element (xdf3 or
   * xdf2 form, optionally with `V<version>`, e.g. `G60000000088` or `G60000000088V1.2.0`).
   */
  translatedRules?: { [elementId: string]: TranslatedRule[] };
  /** Parser limits (size, depth, element count, text length; `maxTextChars` defaults to 1 Mi here). */
  limits?: XmlLimits;
}

import type { Expression } from './expression.js';
import type { Extensions } from './extensions.js';
import type { FimMetadata } from './fim-metadata.js';
import type { LocalizedText } from './localized-text.js';

/**
 * Regeltyp: `B` Berechnungsregel (computation), `K` Komplexe Regel, `M` Multiplizitätsregel
 * (cardinality), `V` Validierungsregel (validation).
 */
export type RuleType = 'B' | 'K' | 'M' | 'V';

/**
 * What a rule does to its target while its condition holds (specs/rules.md §5):
 * - `require` (FIM): the target must be filled in;
 * - `forbid` (FIM): the target must stay empty; it is hidden;
 * - `valid` (FIM): the condition must hold, else `message` is shown at the target (or the form);
 * - `show`: the target is visible only while the condition holds;
 * - `readonly`: the target cannot be edited;
 * - `compute`: the target's value is `value` (Berechnungsregel);
 * - `cardinality`: the target occurs between `min` and `max` times (Multiplizitätsregel).
 */
export type RuleEffectKind = 'require' | 'forbid' | 'valid' | 'show' | 'readonly' | 'compute' | 'cardinality';

/** One machine-readable effect of a rule. */
export interface RuleEffect {
  effect: RuleEffectKind;
  /**
   * The element acted on: a reference in the rule language (`self.F60000000263`, a field key,
   * or a dotted path of technical names). Absent for `valid` on the whole form.
   */
  target?: string;
  /** Condition; absent means always. */
  when?: Expression;
  /** For `compute`: the value. */
  value?: Expression;
  /** For `cardinality`: minimum count. */
  min?: Expression;
  /** For `cardinality`: maximum count. */
  max?: Expression;
  /** The message shown when a `valid`, `require` or `forbid` effect is violated. */
  message?: LocalizedText;
}

/** A Fehler of a FIM rule: a numbered message. */
export interface RuleMessage {
  /** @TJS-type integer */
  code: number;
  message: LocalizedText;
}

/** A Regel (R): documentation (free text, always kept) and optionally executable logic. */
export interface Rule {
  /** FIM identity and editorial metadata, when the rule comes from FIM. */
  fim?: FimMetadata;
  /** Regeltyp. */
  type: RuleType;
  /** The rule in words (`freitextRegel`, or the xdf2 `definition`). */
  description?: LocalizedText;
  /** The FIM script (`script`/`skript`), kept verbatim and never executed. */
  script?: string;
  /** Messages of the FIM rule (`fehler`). */
  messages?: RuleMessage[];
  /** The machine-readable logic the runtime executes. */
  effects?: RuleEffect[];
  /** Data without another home (e.g. xdf3 `param`/`ziel`). */
  extensions?: Extensions;
}

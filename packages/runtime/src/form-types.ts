import type { EngineParts } from './engine-parts.js';
import type { Diagnostic, Field, FieldGroup, TrustLevel } from '@fimforms/format';
import type { PrefillValue } from './prefill-value.js';

export type { PrefillValue };

/** The state of one field instance, as a renderer needs it. */
export interface FieldState {
  /** Instance path: technical names with instance indices, e.g. `kinder.0.vorname`. */
  path: string;
  /** JSON pointer of the value in the submission, e.g. `/kinder/0/vorname`. */
  pointer: string;
  /** The stored value in submission form (decimal string, ISO date, …); `undefined` when empty. */
  value: unknown;
  /** False when a rule (or a hidden ancestor) hides it. */
  visible: boolean;
  required: boolean;
  readonly: boolean;
  /** True when a `compute` rule sets the value. */
  computed: boolean;
  /** Errors of this field (empty when hidden). */
  errors: Diagnostic[];
  /** The user left the field, or validation of its page or the form ran. */
  touched: boolean;
  /** The value differs from the initial one. */
  dirty: boolean;
  /** Where a prefilled value came from (e.g. `bundid:givenName`). */
  source?: string;
  /** The trust level of a prefilled value, when the prefill stated one. */
  level?: TrustLevel;
  /** True for a prefilled value locked by `prefill.lockFrom` (specs/runtime.md §4.6): shown, not editable. */
  locked?: true;
}

/** Options of `createForm`. */
export interface FormOptions {
  /**
   * Prefill by instance path (`antragsteller.vorname`); a path naming a later instance (`kinder.1.vorname`) creates it
   * (specs/runtime.md §4.6). An on-demand engine takes it with the prefill part only (`enginePartsNeeded(definition, options)`).
   */
  prefill?: Record<string, PrefillValue>;
  /** A submission object (or draft) to restore (specs/submission.md §5). */
  submission?: unknown;
  /** The clock; inject one for deterministic dates. */
  now?: () => Date;
  /** IANA time zone for `today()`; default Europe/Berlin. */
  timeZone?: string;
  /** Codes of code lists the definition does not embed, by code-list key. */
  codeLists?: Record<string, readonly string[]>;
  /**
   * The engine parts to run the form with (rules, pattern engine, dates, latin, prefill: src/engine-parts.ts). `createForm` and `FormEngine` of the
   * main entry default to all; those of `@fimforms/runtime/on-demand` to none (load them with `enginePartsNeeded`).
   */
  parts?: EngineParts;
}

/** The result of validation. */
export interface ValidationResult {
  valid: boolean;
  errors: Diagnostic[];
}

/** A page (step) of the form. */
export interface PageState {
  name: string;
  title: { de: string; en?: string };
  /** Top-level technical names on the page. */
  items: readonly string[];
  /** The page's position in `form.pages` (the number `currentPage` and `goToPage` use). */
  index: number;
  /**
   * False while nothing on the page is shown (its elements hidden by rules, or only `hidden`
   * fields): navigation skips it, `goToPage` refuses it, a step indicator and a review leave it
   * out (specs/runtime.md §4.7).
   */
  visible: boolean;
}

/**
 * What the definition says about the element at a path (`form.describe(path)`), for renderers:
 * the field or group definition, its cardinality, and whether a rule computes the field.
 */
export type ElementInfo =
  | { kind: 'field'; field: Field; min: number; max: number; computed: boolean }
  | { kind: 'group'; group: FieldGroup; min: number; max: number; field?: undefined };

import type { Diagnostic, Field, FieldGroup, Occurrence } from '@fimforms/format';
import type { FormEngine } from '@fimforms/runtime';
import type { UiLanguage, UiStrings } from './i18n/index.js';
import type { InputErrorCode } from './input-format/index.js';
import type { ProgressiveRender } from './progressive-render.js';

/** Where one field instance sits in the rendered structure. */
export interface FieldSlot {
  /** Instance path (`kinder.0.vorname`). */
  path: string;
  field: Field;
  occurrence: Occurrence;
  /** The group the occurrence belongs to, if any. */
  parent: FieldGroup | undefined;
  /** The visible label (with the instance number of a repeating field). */
  label: string;
  /**
   * Must be answered although the engine does not (yet) call it required: an instance below a
   * repeating field's minimum, or a mandatory field of the alternative chosen in a choice group.
   */
  mandatory?: boolean;
}

/** The field being edited: its errors stay as they were until the citizen leaves it (specs/rendering.md §3). */
export interface Editing {
  path: string;
  showErrors: boolean;
}

/**
 * What the templates need from `<fim-form>`: the engine, the language and the view state that is
 * not the engine's (text being typed, chosen alternatives, files, shown errors).
 */
export interface FormHost {
  readonly engine: FormEngine;
  readonly language: UiLanguage;
  readonly t: UiStrings;
  /** Text as typed, by input key, while it is being edited (formatting waits for blur). */
  readonly raw: Map<string, string>;
  editing: Editing | undefined;
  /** Chosen child of each choice group instance. */
  readonly choices: Map<string, string>;
  /** Selected files by their submission `ref`. */
  readonly files: Map<string, File>;
  /** Why the text typed into a field could not be read, by instance path (cleared when it can). */
  readonly inputErrors: Map<string, InputErrorCode>;
  /** Errors of files refused before they reached the engine, by occurrence path. */
  readonly fileErrors: Map<string, string>;
  /** Renders a long page's first screen at once and the rest after it. */
  readonly progressive: ProgressiveRender;
  /** Errors listed in the error summary after the last failed "next" or "submit". */
  readonly summary: readonly Diagnostic[];
  /**
   * The top-level group whose legend repeats the page heading above it (`headingGroupOf`): its legend
   * stays, naming the fieldset, but is hidden visually so the text is not shown twice.
   */
  readonly headingGroup?: string | undefined;
  /** Re-renders one field instance. */
  refreshField(path: string): void;
  /** Registers the re-render function of a field instance (called by its directive); returns its removal. */
  registerField(path: string, refresh: () => void): () => void;
  /** Something structural changed (instances, choices, visibility of a group). */
  structureChanged(): void;
  /** Says something in the polite live region. */
  announce(text: string): void;
}

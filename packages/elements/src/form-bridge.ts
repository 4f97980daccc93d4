import type { Diagnostic } from '@fimforms/format';

/**
 * The C′ bridge (specs/rendering.md): a `<fim-form>` placed inside a
 * CMS page's own `<form>` takes part in it like a native control. The host form's FormData carries the
 * submission, its `checkValidity()`/submit is blocked while the form has errors (focus goes to the first
 * invalid field inside the shadow root), and the browser's state restore gets the submission back.
 *
 * Contract with the element (`<fim-form>` declares `static formAssociated = true` and owns its internals):
 *
 * ```ts
 * this.#internals = this.attachInternals();
 * this.#bridge = attachFormBridge(this.#internals, engine, {
 *   name: () => this.getAttribute('name') ?? 'fimforms',
 *   invalidMessage: (errors) => t.formHasErrors(errors.length),
 *   anchorFor: (pointer) => this.#controlFor(pointer),   // the native input of that field, if rendered
 *   files: () => this.#chosenFiles,                      // File objects of file fields by their `ref`
 * });
 * formAssociatedCallback() { this.#bridge.sync(); }
 * formResetCallback() { engine.restore(initialSubmission); }          // the engine's change syncs the bridge
 * formStateRestoreCallback(state) { const s = readBridgeState(state); if (s) engine.restore(s); }
 * formDisabledCallback(disabled) { ...disable the inner <fieldset> }
 * disconnectedCallback() { this.#bridge.detach(); }                  // and attach again when reconnected
 * ```
 */

/** What the bridge reads from the engine (a structural part of the runtime's `FormEngine`). */
export interface BridgedForm {
  toSubmission(): Record<string, unknown>;
  errors(): readonly Diagnostic[];
  subscribeAll(listener: (paths: readonly string[]) => void): () => void;
}

export interface FormBridgeOptions {
  /** The entry name in the host's FormData (the element's `name` attribute), read at every sync. */
  readonly name: () => string;
  /** The validation message the browser shows for the whole form, in the page's language. */
  readonly invalidMessage: (errors: readonly Diagnostic[]) => string;
  /** The native control of the field an error points at (JSON pointer), where focus goes on a blocked submit. */
  readonly anchorFor?: (pointer: string) => HTMLElement | undefined;
  /** Files chosen in file fields, by the `ref` their metadata carries in the submission. */
  readonly files?: () => ReadonlyMap<string, File>;
}

export interface FormBridge {
  /** Writes value and validity now (after connecting to a form, or when the name changed). */
  sync(): void;
  /** Stops following the engine. */
  detach(): void;
}

/**
 * The host FormData a submission becomes: the submission as JSON text under `name` (exact: decimal
 * strings, booleans and file metadata as `validateSubmission` reads them on the server), and each chosen
 * file as its own entry `name.file.<ref>`, so a plain multipart POST carries the files beside it.
 */
export function submissionFormData(name: string, submission: Record<string, unknown>, files?: ReadonlyMap<string, File>): FormData {
  const data = new FormData();
  data.append(name, JSON.stringify(submission));
  for (const [ref, file] of files ?? []) data.append(`${name}.file.${ref}`, file, file.name);
  return data;
}

/** The submission in a restored form state, or `undefined` when the state is not one this bridge wrote. */
export function readBridgeState(state: unknown): Record<string, unknown> | undefined {
  if (typeof state !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(state);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Follows `form` and keeps `internals` (value, validity) current. Changes are written once per task
 * (a microtask after the last change), and only while the element belongs to a host form: a form
 * standing alone pays nothing for the bridge.
 */
export function attachFormBridge(internals: ElementInternals, form: BridgedForm, options: FormBridgeOptions): FormBridge {
  let scheduled = false;
  const sync = (): void => {
    scheduled = false;
    if (internals.form === null) return;
    const submission = form.toSubmission();
    const state = JSON.stringify(submission);
    internals.setFormValue(submissionFormData(options.name(), submission, options.files?.()), state);
    writeValidity(internals, form.errors(), options);
  };
  const stop = form.subscribeAll(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(sync);
  });
  sync();
  return { sync, detach: stop };
}

function writeValidity(internals: ElementInternals, errors: readonly Diagnostic[], options: FormBridgeOptions): void {
  const first = errors[0];
  if (first === undefined) {
    internals.setValidity({});
    return;
  }
  const anchor = options.anchorFor?.(first.pointer);
  internals.setValidity({ customError: true }, options.invalidMessage(errors), anchor);
}

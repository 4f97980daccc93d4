import type { BilingualMessage, Diagnostic } from '@fimforms/format';

/**
 * How a change between two versions of a definition affects the payload contract (specs/diff.md §2):
 * `breaking` when a payload valid under the old schemas can be invalid under the new ones (or the
 * back office loses an element it reads), `compatible` when every old payload stays valid,
 * `text` when only documentation (labels, help, descriptions) changed.
 */
export type ChangeClass = 'breaking' | 'compatible' | 'text';

/** One change of the payload contract, located in both definitions. */
export interface PayloadChange {
  /** Stable code, `diff-…` (specs/diff.md §3). */
  code: string;
  class: ChangeClass;
  /** JSON pointer into the NEW definition (for a removal: the nearest existing ancestor). */
  pointer: string;
  /** JSON pointer into the OLD definition (for an addition: the nearest existing ancestor). */
  oldPointer: string;
  /** Where in the payload: element names from the root, `/`-separated (`/antrag/person/vorname`). */
  path: string;
  message: BilingualMessage;
}

/** A version step, as FIM (XDatenfelder: `major.minor[.patch]`) and payload schema versions take them. */
export type VersionStep = 'major' | 'minor' | 'patch';

/** Whether a versioned element (FIM element, or the payload schema) got the version step its changes need. */
export interface VersionAdvice {
  /** FIM id (`F60000000227`), or `payload-schema` for the payload schema's own version. */
  id: string;
  /** JSON pointer of the element in the new definition. */
  pointer: string;
  oldVersion?: string;
  newVersion?: string;
  /** The step its changes (own and of the elements it contains) need. */
  needed: VersionStep;
  /** True when newVersion is at least that step above oldVersion. */
  sufficient: boolean;
  /** The smallest version that would be sufficient. */
  suggested: string;
}

/** The result of {@link diffPayloadContract}. */
export interface PayloadContractDiff {
  /** Every change, breaking ones first, then compatible, then text; within a class in payload order. */
  changes: PayloadChange[];
  /** The strongest class among the changes, `none` without changes. */
  verdict: ChangeClass | 'none';
  /** Version advice for the payload schema and every FIM element that changed. */
  versions: VersionAdvice[];
  /** Compile findings of either definition, `file` set to `old` or `new`; with an error, nothing is compared. */
  diagnostics: Diagnostic[];
}

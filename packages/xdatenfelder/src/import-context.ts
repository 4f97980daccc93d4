import type { BilingualMessage, CodeList, Diagnostic, Field, FieldGroup, Rule, Severity } from '@fimforms/format';
import type { ImportOptions } from './import-options.js';
import { xdfDiagnostic, type DiagnosticLocation } from './xdf-diagnostic.js';
import type { XdfVersion } from './xdf-namespaces.js';

/**
 * The state of one import: the source version, the element tables being filled (one entry per
 * FIM id + version) and the report. Readers receive it instead of globals.
 */
export class ImportContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly unmapped: { [kind: string]: number } = {};
  // Null-prototype tables: keys come from the source (a code-list URI may be `__proto__`).
  readonly fields: { [key: string]: Field } = table();
  readonly groups: { [key: string]: FieldGroup } = table();
  readonly rules: { [key: string]: Rule } = table();
  readonly codeLists: { [key: string]: CodeList } = table();
  /** Rule keys per FIM element id, for translated rules given by option. */
  readonly rulesByElement = new Map<string, string[]>();
  private placeholderCount = 0;

  constructor(
    readonly version: XdfVersion,
    readonly options: ImportOptions,
  ) {}

  /** Adds a diagnostic located at an element (or a pointer). */
  report(code: string, severity: Severity, at: DiagnosticLocation, message: BilingualMessage): void {
    this.diagnostics.push(xdfDiagnostic(code, severity, at, message, this.options.file));
  }

  /** Counts something that could not be mapped to a format member, by kind. */
  count(kind: string, by = 1): void {
    this.unmapped[kind] = (this.unmapped[kind] ?? 0) + by;
  }

  /** A fresh number for placeholder ids of elements whose own id is unusable. */
  nextPlaceholder(): number {
    return ++this.placeholderCount;
  }
}

function table<T>(): { [key: string]: T } {
  return Object.create(null) as { [key: string]: T };
}

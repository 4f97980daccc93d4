import type { DataType, FieldConstraints } from '@fimforms/format';
import type { FieldType } from '../payload-model/payload-model.js';
import type { ChangeRecorder, ChangeSite } from './change-recorder.js';
import { compareBounds } from './compare-bounds.js';
import { compareCodeLists } from './compare-code-lists.js';

// Type changes every old value survives in BOTH schemas (xs:integer ⊂ xs:decimal; JSON integer ⊂ number;
// DIN 91379 ⊂ xs:string; two fraction digits ⊂ any): compatible. Every other type change is breaking.
const WIDENINGS: ReadonlySet<string> = new Set(['text_latin>text', 'num_int>num', 'num_currency>num', 'num_int>num_currency']);

/** Compares two versions of a field's payload type (specs/diff.md §3.2). */
export function compareFieldTypes(before: FieldType, after: FieldType, site: ChangeSite, recorder: ChangeRecorder): void {
  if (before.dataType !== after.dataType) {
    const widened = WIDENINGS.has(`${before.dataType}>${after.dataType}`);
    recorder.record(
      widened ? 'diff-type-widened' : 'diff-type-changed',
      widened ? 'compatible' : 'breaking',
      site,
      `Datentyp „${before.dataType}“ → „${after.dataType}“${widened ? ' (erweitert)' : ''}.`,
      `Data type "${before.dataType}" → "${after.dataType}"${widened ? ' (widened)' : ''}.`,
    );
    if (!widened) return;
  }
  if ((before.codeList === undefined) !== (after.codeList === undefined)) {
    recorder.record(
      'diff-type-changed',
      'breaking',
      site,
      after.codeList ? 'Das Feld ist jetzt eine Auswahl aus einer Codeliste.' : 'Das Feld ist keine Auswahl aus einer Codeliste mehr.',
      after.codeList ? 'The field is now a choice from a code list.' : 'The field is no longer a choice from a code list.',
    );
    return;
  }
  if (before.codeList && after.codeList) compareCodeLists(before.codeList, after.codeList, site, recorder);
  compareConstraints(after.dataType, before.constraints, after.constraints, site, recorder);
  if (JSON.stringify(before.documentation) !== JSON.stringify(after.documentation)) {
    recorder.record('diff-documentation-changed', 'text', site, 'Beschreibung des Feldes geändert.', 'Description of the field changed.');
  }
}

function compareConstraints(dataType: DataType, before: FieldConstraints, after: FieldConstraints, site: ChangeSite, recorder: ChangeRecorder): void {
  const limit = (name: string, narrowed: boolean | undefined, oldValue: unknown, newValue: unknown): void => {
    if (narrowed === undefined) return;
    const shown = (value: unknown) => (value === undefined ? '–' : String(value));
    recorder.record(
      narrowed ? 'diff-constraint-narrowed' : 'diff-constraint-widened',
      narrowed ? 'breaking' : 'compatible',
      site,
      `${name} ${shown(oldValue)} → ${shown(newValue)} (${narrowed ? 'eingeschränkt' : 'erweitert'}).`,
      `${name} ${shown(oldValue)} → ${shown(newValue)} (${narrowed ? 'narrowed' : 'widened'}).`,
    );
  };
  limit('minLength', lowerBound(before.minLength, after.minLength, numeric), before.minLength, after.minLength);
  limit('maxLength', upperBound(before.maxLength, after.maxLength, numeric), before.maxLength, after.maxLength);
  const bound = (a: string, b: string) => compareBounds(dataType, a, b);
  limit('minValue', lowerBound(before.minValue, after.minValue, bound), before.minValue, after.minValue);
  limit('maxValue', upperBound(before.maxValue, after.maxValue, bound), before.maxValue, after.maxValue);
  limit('maxSize', upperBound(before.maxSize, after.maxSize, numeric), before.maxSize, after.maxSize);
  limit('mediaTypes', setNarrowed(before.mediaTypes, after.mediaTypes), before.mediaTypes?.join(' '), after.mediaTypes?.join(' '));
  // Whether one regular expression accepts a superset of another is not decided here; a changed
  // pattern is therefore breaking unless it was dropped (specs/diff.md §3.2).
  limit('pattern', before.pattern === after.pattern ? undefined : after.pattern !== undefined, before.pattern, after.pattern);
}

function numeric(a: number, b: number): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** For a lower bound (absent = none): true narrowed, false widened, undefined unchanged. */
function lowerBound<T>(before: T | undefined, after: T | undefined, order: (a: T, b: T) => -1 | 0 | 1 | undefined): boolean | undefined {
  if (before === after) return undefined;
  if (before === undefined) return true;
  if (after === undefined) return false;
  const step = order(before, after);
  return step === 0 ? undefined : step !== 1;
}

/** For an upper bound (absent = none): true narrowed, false widened, undefined unchanged. */
function upperBound<T>(before: T | undefined, after: T | undefined, order: (a: T, b: T) => -1 | 0 | 1 | undefined): boolean | undefined {
  if (before === after) return undefined;
  if (before === undefined) return true;
  if (after === undefined) return false;
  const step = order(before, after);
  return step === 0 ? undefined : step !== -1;
}

/** For an allow-list (absent = anything): true narrowed, false widened, undefined unchanged. */
function setNarrowed(before: readonly string[] | undefined, after: readonly string[] | undefined): boolean | undefined {
  if (before === undefined && after === undefined) return undefined;
  if (after === undefined) return false;
  if (before === undefined) return true;
  const kept = new Set(after);
  if (before.some((item) => !kept.has(item))) return true;
  return after.length > new Set(before).size ? false : undefined;
}

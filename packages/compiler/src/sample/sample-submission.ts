import { fixedContent, type Diagnostic, type Field, type FormDefinition } from '@fimforms/format';
import { patternExample, patternMatcher } from '@fimforms/format/pattern';
import { payloadDiagnostic } from '../payload-model/payload-diagnostic.js';
import type { FieldType, GroupType, Member, PayloadModel } from '../payload-model/payload-model.js';
import { adjustToValidator, type SubmissionValidator } from './adjust-to-validator.js';

/** The result of a sample (`sample()` of a compiled form). */
export interface SampleResult {
  /** An example submission object; absent when the definition cannot be compiled. */
  submission?: { [name: string]: unknown };
  /**
   * Placeholder versions for code lists referenced without a version (Code-Typ 3), to pass as
   * `codeListVersions` when serializing the sample. Real submissions need the real version.
   */
  codeListVersions: { [listURI: string]: string };
  /** Findings about the sample only (`sample-*`); an error means it is not valid. */
  diagnostics: Diagnostic[];
}

const PLACEHOLDER_CODE_LIST_VERSION = '1';

/** Values a sample holds at most: reuse can expand a small definition exponentially. */
export const MAX_SAMPLE_VALUES = 100_000;

/** Options of a sample. */
export interface SampleOptions {
  /**
   * The runtime's view of a submission, normally built from @fimforms/runtime: the submission
   * the form engine would send for the sample's values (computed values set, hidden ones
   * dropped) and what `validateSubmission` reports about it. The sample is then repaired until
   * the runtime accepts it (specs/payload.md §7); what cannot be repaired is an error.
   */
  validate?: SubmissionValidator;
}

/**
 * Builds a valid example submission (specs/submission.md shape) from a payload model: every
 * optional member too, repeated members as often as their minimum demands (at least once),
 * the first branch of each choice group, values inside every constraint. Fields with a fixed
 * `content` (hidden, locked) carry it; members that rules may hide are left out until the
 * runtime (`options.validate`) says otherwise.
 */
export function sampleOf(model: PayloadModel, definition: FormDefinition, options: SampleOptions = {}): SampleResult {
  const diagnostics: Diagnostic[] = [];
  const codeListVersions: { [listURI: string]: string } = {};
  const sampler = new Sampler(definition, diagnostics, codeListVersions);
  let submission = sampler.group(model.root);
  if (options.validate) {
    submission = adjustToValidator(model, submission, { fill: (member) => sampler.member(member), alternatives: (type) => sampler.alternatives(type) }, options.validate, diagnostics);
  }
  return { submission, codeListVersions, diagnostics };
}

class Sampler {
  readonly #definition: FormDefinition;
  readonly #diagnostics: Diagnostic[];
  readonly #versions: { [listURI: string]: string };
  readonly #values = new Map<string, unknown>();
  #count = 0;
  #reportedTooLarge = false;

  constructor(definition: FormDefinition, diagnostics: Diagnostic[], versions: { [listURI: string]: string }) {
    this.#definition = definition;
    this.#diagnostics = diagnostics;
    this.#versions = versions;
  }

  group(type: GroupType): { [name: string]: unknown } {
    const result: { [name: string]: unknown } = {};
    // Members a rule may hide are left out: without evaluating rules, absent is the safe value
    // (a hidden value must be absent; the schemas accept their absence).
    const candidates = type.members.filter((member) => !member.ruleDependent);
    const members = type.choice ? candidates.slice(0, 1) : candidates;
    for (const member of members) {
      const value = this.member(member);
      if (value !== undefined) Object.defineProperty(result, member.submissionName, { value, enumerable: true, writable: true, configurable: true });
    }
    return result;
  }

  /** The value of one member: an array of `max(min, 1)` instances when repeated. */
  member(member: Member): unknown {
    const count = Math.min(Math.max(member.min, 1), member.max);
    // A minimum such as `100000000:*` must not be counted out one by one: the budget is checked first.
    this.#count += member.repeated ? count : 1;
    if (this.#count > MAX_SAMPLE_VALUES) return this.#tooLarge(member);
    const make = (): unknown => (member.type.kind === 'group' ? this.group(member.type) : this.#value(member.type));
    const value = member.repeated ? Array.from({ length: count }, make) : make();
    return Array.isArray(value) && value.includes(undefined) ? undefined : value;
  }

  #tooLarge(member: Member): undefined {
    if (!this.#reportedTooLarge) {
      this.#reportedTooLarge = true;
      this.#diagnostics.push(
        payloadDiagnostic(
          'sample-too-large',
          member.pointer,
          `Das Beispiel würde mehr als ${MAX_SAMPLE_VALUES} Werte enthalten; es ist unvollständig.`,
          `The sample would hold more than ${MAX_SAMPLE_VALUES} values; it is incomplete.`,
          'warning',
        ),
      );
    }
    return undefined;
  }

  // One value per field type, computed once: repeated occurrences share it.
  #value(type: FieldType): unknown {
    if (!this.#values.has(type.key)) this.#values.set(type.key, this.#compute(type));
    return this.#values.get(type.key);
  }

  /**
   * Other values of a field's type inside its constraints, to try when the runtime rejects the
   * first one (a rule such as `age(geburtsdatum) >= 18` or `ende > beginn`).
   */
  alternatives(type: FieldType): unknown[] {
    if (type.codeList) return this.#codes(type).slice(1, 6);
    const { minValue, maxValue } = type.constraints;
    const within = (values: string[], compare: (a: string, b: string) => number): string[] =>
      values.filter((value) => (minValue === undefined || compare(value, minValue) >= 0) && (maxValue === undefined || compare(value, maxValue) <= 0));
    const byNumber = (a: string, b: string) => Number(a) - Number(b);
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const bounds = [minValue, maxValue].filter((value): value is string => value !== undefined);
    switch (type.dataType) {
      case 'bool':
        return [false, true];
      case 'num':
      case 'num_currency':
        return within(['0', '10', '100', '1000', '100000', ...bounds], byNumber);
      case 'num_int':
        return within(['0', '10', '100', '1000', '100000', ...bounds], byNumber).map(Number);
      case 'date':
        return within(['1980-05-15', '2000-01-01', '2025-06-15', '2030-06-15', '2040-01-01', ...bounds], byText);
      case 'time':
        return within(['08:00:00', '14:00:00', '18:00:00', '23:00:00', ...bounds], byText);
      case 'datetime':
        return within(['1980-05-15T10:30:00+02:00', '2025-06-15T10:30:00+02:00', '2030-06-15T10:30:00+02:00', '2030-06-15T16:30:00+02:00', ...bounds], byText);
      case 'text':
      case 'text_latin':
        return CHECK_DIGIT_SAMPLES.filter((value) => lengthWithin(value, type.constraints));
      default:
        return [];
    }
  }

  #compute(type: FieldType): unknown {
    const field = Object.hasOwn(this.#definition.fields ?? {}, type.key) ? this.#definition.fields![type.key] : undefined;
    if (type.codeList) return this.#code(type);
    const { constraints } = type;
    const fixed = fixedContent(field);
    switch (type.dataType) {
      case 'text':
      case 'text_latin':
        return fixed ?? this.#text(type);
      case 'bool':
        return fixed !== undefined ? fixed === 'true' : true;
      case 'num':
      case 'num_currency':
        return fixed ?? decimalIn(constraints.minValue, constraints.maxValue, type.dataType === 'num_currency' ? '1.00' : '1');
      case 'num_int':
        return fixed !== undefined ? Number(fixed) : integerIn(constraints.minValue, constraints.maxValue);
      case 'date':
        return fixed ?? clamp('2024-01-15', constraints.minValue, constraints.maxValue);
      case 'time':
        return fixed ?? clamp('10:30:00', constraints.minValue, constraints.maxValue);
      case 'datetime':
        return fixed ?? constraints.minValue ?? constraints.maxValue ?? '2024-01-15T10:30:00+01:00';
      case 'file':
        return {
          name: 'nachweis.pdf',
          size: Math.min(1024, constraints.maxSize ?? 1024),
          mediaType: constraints.mediaTypes?.[0] ?? 'application/pdf',
          ref: 'anlage-1',
        };
      case 'obj':
        return fixed ?? ((constraints.maxSize ?? 3) >= 3 ? 'AAAA' : 'AA==');
    }
  }

  // The list's own codes: the payload model enumerates only those of Code-Typ 1, but a list
  // without a version may embed its entries too (specs/payload.md §3.3).
  #codes(type: FieldType): string[] {
    const lists = this.#definition.codeLists;
    const list = lists && type.codeList && Object.hasOwn(lists, type.codeList.key) ? lists[type.codeList.key] : undefined;
    return Array.isArray(list?.values) ? list.values.map((value) => value.code) : [];
  }

  #code(type: FieldType): string {
    const list = type.codeList!;
    if (list.version === undefined) this.#versions[list.listURI] = PLACEHOLDER_CODE_LIST_VERSION;
    const first = this.#codes(type)[0];
    if (first !== undefined) return first;
    this.#diagnostics.push(
      payloadDiagnostic(
        'sample-code-unknown',
        type.pointer,
        `Die Codes der Codeliste „${list.listURI}“ sind nicht eingebettet; das Beispiel nutzt einen Platzhalter.`,
        `The codes of the code list "${list.listURI}" are not embedded; the sample uses a placeholder.`,
        'warning',
      ),
    );
    return '000';
  }

  #text(type: FieldType): string {
    const value = this.#textCandidate(type);
    const { minLength = 0, maxLength = Infinity, pattern } = type.constraints;
    const length = [...value].length;
    // Checked as the runtime checks it (format.md §5.4), never on a value over maxLength.
    const check = pattern === undefined || length > maxLength ? undefined : patternMatcher(pattern, type.constraints.maxLength);
    const matches = check === undefined || (check.ok && check.matcher.test(value));
    if (length < Math.max(1, minLength) || length > maxLength || !matches) {
      this.#diagnostics.push(
        payloadDiagnostic(
          'sample-constraints-unsatisfiable',
          type.pointer,
          'Kein Beispielwert erfüllt alle Einschränkungen (Länge und Muster widersprechen sich); das Beispiel verletzt sie.',
          'No example value meets every constraint (length and pattern contradict each other); the sample violates them.',
          'warning',
        ),
      );
    }
    return value;
  }

  #textCandidate(type: FieldType): string {
    const { minLength = 0, maxLength = Infinity, pattern } = type.constraints;
    if (pattern !== undefined) {
      const example = patternExample(pattern, Math.max(1, minLength), type.dataType === 'text_latin' ? 'din-91379-c' : 'xml');
      if (example !== undefined) return example;
      this.#diagnostics.push(
        payloadDiagnostic(
          'sample-pattern-unsatisfied',
          type.pointer,
          'Für das Muster wurde kein Beispielwert gefunden.',
          'No example value was found for the pattern.',
          'warning',
        ),
      );
    }
    const base = 'Beispiel';
    const length = Math.max(minLength, 1, Math.min(base.length, maxLength));
    return base.repeat(Math.ceil(length / base.length)).slice(0, length);
  }
}

function decimalIn(min: string | undefined, max: string | undefined, fallback: string): string {
  if (min !== undefined) return min;
  if (max !== undefined && Number(max) < Number(fallback)) return max;
  return fallback;
}

function integerIn(min: string | undefined, max: string | undefined): number {
  if (min !== undefined) return Number(min);
  if (max !== undefined && Number(max) < 1) return Number(max);
  return 1;
}

// ISO dates and times compare correctly as strings.
function clamp(value: string, min: string | undefined, max: string | undefined): string {
  if (min !== undefined && value < min) return min;
  if (max !== undefined && value > max) return max;
  return value;
}

/**
 * Texts that pass the check-digit operators of specs/rules.md §4.8 (`isIban`, `isTaxId`,
 * `isLuhn`): a random text inside a pattern almost never does, so a field checked by one is
 * given these to try.
 */
const CHECK_DIGIT_SAMPLES: readonly string[] = ['DE89370400440532013000', '86095742719', '79927398713'];

function lengthWithin(value: string, constraints: FieldType['constraints']): boolean {
  const length = [...value].length;
  return (constraints.minLength === undefined || length >= constraints.minLength) && (constraints.maxLength === undefined || length <= constraints.maxLength);
}

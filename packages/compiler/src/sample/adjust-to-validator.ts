import { parseJsonPointer, type Diagnostic } from '@fimforms/format';
import { payloadDiagnostic } from '../payload-model/payload-diagnostic.js';
import type { FieldType, GroupType, Member, PayloadModel } from '../payload-model/payload-model.js';

type SubmissionObject = { [name: string]: unknown };

/**
 * The runtime's verdict on a submission (e.g. built from @fimforms/runtime's `createForm`,
 * `serializeSubmission` and `validateSubmission`). `submission`, when given, is the submission
 * the form engine would send for these values: computed values set, hidden values dropped.
 */
export type SubmissionValidator = (submission: SubmissionObject) => { valid: boolean; errors: Diagnostic[]; submission?: SubmissionObject };

/** How the sample makes values: a member's first value, and other values of a field's type. */
export interface SampleValues {
  fill(member: Member): unknown;
  alternatives(type: FieldType): unknown[];
}

const MAX_ROUNDS = 10;

/**
 * Repairs a sample until the runtime accepts it: adopts the submission the engine would send
 * (computed values), removes a value reported as hidden (`submission-hidden-value`), fills in a
 * missing required one (`value-required`), and for any other finding at a field tries the
 * field's other values, keeping one that clears the finding without adding others. Each round
 * fixes what the last one reported, since a value may show or hide others. What remains is
 * reported as `sample-rejected` (an error, naming the field); the repaired sample is returned.
 */
export function adjustToValidator(
  model: PayloadModel,
  sample: SubmissionObject,
  values: SampleValues,
  validate: SubmissionValidator,
  diagnostics: Diagnostic[],
): SubmissionObject {
  let submission = sample;
  let errors: Diagnostic[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const verdict = check(validate, submission);
    submission = verdict.submission;
    errors = verdict.errors;
    if (errors.length === 0) return submission;
    let changed = false;
    for (const error of errors) {
      const place = locate(model.root, submission, error.pointer, error.code === 'value-required' ? values.fill : undefined);
      if (!place) continue;
      if (place.created) changed = true;
      const name = place.member.submissionName;
      if (error.code === 'submission-hidden-value' && Object.hasOwn(place.container, name)) {
        delete place.container[name];
        changed = true;
      } else if (error.code === 'value-required' && !Object.hasOwn(place.container, name)) {
        const value = values.fill(place.member);
        if (value === undefined) continue;
        setOwn(place.container, name, value);
        changed = true;
      } else if (place.member.type.kind === 'field' && !place.member.repeated && Object.hasOwn(place.container, name)) {
        changed = tryAlternatives(submission, place.container, name, values.alternatives(place.member.type), error, errors.length, validate) || changed;
      }
    }
    if (!changed) break;
  }
  for (const error of errors) diagnostics.push(rejected(error));
  return submission;
}

function check(validate: SubmissionValidator, submission: SubmissionObject): { submission: SubmissionObject; errors: Diagnostic[] } {
  const result = validate(submission);
  const errors = result.valid ? [] : result.errors.filter((error) => error.severity === 'error');
  return { submission: result.submission ?? submission, errors };
}

// Keeps the first other value that clears the finding at its pointer and leaves fewer findings overall.
function tryAlternatives(
  submission: SubmissionObject,
  container: SubmissionObject,
  name: string,
  candidates: readonly unknown[],
  error: Diagnostic,
  before: number,
  validate: SubmissionValidator,
): boolean {
  const original = container[name];
  for (const candidate of candidates) {
    if (candidate === original) continue;
    setOwn(container, name, candidate);
    const { errors } = check(validate, submission);
    if (errors.length < before && !errors.some((other) => other.pointer === error.pointer && other.code === error.code)) return true;
  }
  setOwn(container, name, original);
  return false;
}

function rejected(error: Diagnostic): Diagnostic {
  return payloadDiagnostic(
    'sample-rejected',
    error.pointer,
    `Kein Beispielwert für „${error.pointer}“ wird von der Laufzeit angenommen (${error.code}: ${error.message.de}); bitte das Beispiel von Hand anpassen.`,
    `No example value for "${error.pointer}" is accepted by the runtime (${error.code}: ${error.message.en}); adjust the sample by hand.`,
  );
}

function setOwn(container: SubmissionObject, name: string, value: unknown): void {
  Object.defineProperty(container, name, { value, enumerable: true, writable: true, configurable: true });
}

// Walks a submission pointer (`/kinder/0/vorname`) through the model: the object holding the
// last member, and that member. Indices step into repeated members. With `create`, a missing
// group on the way is created (a required value inside a group the sample left out).
function locate(
  root: GroupType,
  submission: SubmissionObject,
  pointer: string,
  create?: (member: Member) => unknown,
): { container: SubmissionObject; member: Member; created: boolean } | undefined {
  let created = false;
  const segments = parseJsonPointer(pointer);
  if (segments === undefined) return undefined;
  let group = root;
  let container: unknown = submission;
  for (let index = 0; index < segments.length; index++) {
    const member = group.members.find((candidate) => candidate.submissionName === segments[index]);
    if (!member || !isObject(container)) return undefined;
    if (index === segments.length - 1) return { container, member, created };
    let next = Object.hasOwn(container, member.submissionName) ? container[member.submissionName] : undefined;
    if (next === undefined && create && member.type.kind === 'group') {
      next = create(member);
      if (next === undefined) return undefined;
      setOwn(container, member.submissionName, next);
      created = true;
    }
    if (member.repeated) {
      const item = segments[++index];
      if (!Array.isArray(next) || item === undefined || !/^\d+$/.test(item)) return undefined;
      if (index === segments.length - 1) return undefined;
      next = next[Number(item)];
    }
    if (member.type.kind !== 'group') return undefined;
    group = member.type;
    container = next;
  }
  return undefined;
}

function isObject(value: unknown): value is SubmissionObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

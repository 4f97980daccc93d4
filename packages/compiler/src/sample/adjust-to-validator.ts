import type { Diagnostic } from '@fimforms/format';
import { payloadDiagnostic } from '../payload-model/payload-diagnostic.js';
import type { GroupType, Member, PayloadModel } from '../payload-model/payload-model.js';

/** A validator of submission objects that knows the rules (e.g. the runtime's `validateSubmission`). */
export type SubmissionValidator = (submission: { [name: string]: unknown }) => { valid: boolean; errors: Diagnostic[] };

const MAX_ROUNDS = 10;

/**
 * Adjusts a sample until the validator accepts it, in place: a value reported as hidden
 * (`submission-hidden-value`) is removed, a missing required one (`value-required`) is filled in
 * by `fill`; pointers are submission paths. Each round fixes what the last one reported, since
 * a filled-in value may show or hide others. What remains is reported as `sample-rejected`.
 */
export function adjustToValidator(
  model: PayloadModel,
  submission: { [name: string]: unknown },
  fill: (member: Member) => unknown,
  validate: SubmissionValidator,
  diagnostics: Diagnostic[],
): void {
  let errors: Diagnostic[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = validate(submission);
    errors = result.valid ? [] : result.errors.filter((error) => error.severity === 'error');
    if (errors.length === 0) return;
    let changed = false;
    for (const error of errors) {
      const place = locate(model.root, submission, error.pointer, error.code === 'value-required' ? fill : undefined);
      if (!place) continue;
      if (place.created) changed = true;
      if (error.code === 'submission-hidden-value' && Object.hasOwn(place.container, place.member.submissionName)) {
        delete place.container[place.member.submissionName];
        changed = true;
      } else if (error.code === 'value-required' && !Object.hasOwn(place.container, place.member.submissionName)) {
        const value = fill(place.member);
        if (value === undefined) continue;
        Object.defineProperty(place.container, place.member.submissionName, { value, enumerable: true, writable: true, configurable: true });
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const error of errors) {
    diagnostics.push(
      payloadDiagnostic(
        'sample-rejected',
        error.pointer,
        `Das Beispiel wird abgelehnt (${error.code}); bitte von Hand anpassen.`,
        `The validator rejects the sample (${error.code}); adjust it by hand.`,
        'warning',
      ),
    );
  }
}

// Walks a submission pointer (`/kinder/0/vorname`) through the model: the object holding the
// last member, and that member. Indices step into repeated members. With `create`, a missing
// group on the way is created (a required value inside a group the sample left out).
function locate(
  root: GroupType,
  submission: { [name: string]: unknown },
  pointer: string,
  create?: (member: Member) => unknown,
): { container: { [name: string]: unknown }; member: Member; created: boolean } | undefined {
  let created = false;
  const segments = pointer.split('/').slice(1).map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
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
      Object.defineProperty(container, member.submissionName, { value: next, enumerable: true, writable: true, configurable: true });
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

function isObject(value: unknown): value is { [name: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

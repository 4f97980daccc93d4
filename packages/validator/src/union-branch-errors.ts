import type { AjvError } from './ajv-error.js';

/**
 * The schema paths (as the standalone validator reports them, relative to the definition that
 * holds them) of the unions that are not an Expression; every other `anyOf` is an Expression's.
 */
const UNIONS = new Set(['#/properties/sources/items/anyOf']);

/**
 * Resolves the errors of a union that is not an Expression (`sources` items: text or
 * `{ source, level }`): ajv reports the `anyOf`, a type error for each branch the value's type
 * does not fit, and the errors of the branch it does fit. The branch it fits says what is wrong
 * (`level: "hoch"` is an invalid value, not "no valid expression"); when it fits none, one type
 * error names every allowed type.
 */
export function unionBranchErrors(errors: readonly AjvError[]): AjvError[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' && UNIONS.has(e.schemaPath));
  if (unions.length === 0) return [...errors];
  const dropped = new Set<AjvError>();
  const added: AjvError[] = [];
  for (const union of unions) {
    const at = union.instancePath;
    const typeErrors = errors.filter((e) => e.keyword === 'type' && e.instancePath === at);
    const branch = errors.some((e) => e !== union && !typeErrors.includes(e) && (e.instancePath === at || e.instancePath.startsWith(`${at}/`)));
    dropped.add(union);
    for (const error of typeErrors) dropped.add(error);
    if (!branch) added.push({ ...union, keyword: 'type', params: { type: typeErrors.map((e) => String(e.params['type'])).join(',') } });
  }
  return [...errors.filter((e) => !dropped.has(e)), ...added];
}

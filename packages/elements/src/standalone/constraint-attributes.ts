import type { FieldConstraints } from '@fimforms/format';

/** Field constraints from element attributes, leaving out the ones not set (a constraint is absent, never `undefined`). */
export function constraintsFrom(attributes: { [key in keyof FieldConstraints]?: FieldConstraints[key] | null | undefined }): FieldConstraints {
  const constraints: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== '' && !Number.isNaN(value)) constraints[key] = value;
  }
  return constraints as FieldConstraints;
}

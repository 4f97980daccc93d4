import type { Field } from './field.js';
import type { FieldGroup } from './field-group.js';
import type { FormDefinition } from './form-definition.js';
import type { Occurrence } from './occurrence.js';

/** The element an occurrence places, resolved. `element` is absent when the key is unknown. */
export type OccurrenceTarget =
  | { kind: 'field'; key: string; element: Field | undefined }
  | { kind: 'group'; key: string; element: FieldGroup | undefined };

/** Resolves the field or group an occurrence refers to. */
export function occurrenceElement(definition: FormDefinition, occurrence: Occurrence): OccurrenceTarget {
  if ('field' in occurrence) {
    return { kind: 'field', key: occurrence.field, element: ownValue(definition.fields, occurrence.field) };
  }
  return { kind: 'group', key: occurrence.group, element: ownValue(definition.groups, occurrence.group) };
}

/**
 * The technical name an occurrence has in its parent: its own `name`, else the element's,
 * else the element key (for a dangling reference, so paths stay printable).
 */
export function occurrenceName(definition: FormDefinition, occurrence: Occurrence): string {
  return occurrence.name ?? occurrenceElement(definition, occurrence).element?.name ?? referenceKey(occurrence);
}

function referenceKey(occurrence: Occurrence): string {
  return 'field' in occurrence ? occurrence.field : occurrence.group;
}

// Maps come from JSON, not always checked first (a runtime may be handed `"fields": null`); an
// inherited key such as `constructor` must never resolve.
function ownValue<T>(map: { [key: string]: T } | undefined, key: string): T | undefined {
  return typeof map === 'object' && map !== null && typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : undefined;
}

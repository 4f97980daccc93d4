import type { Field, FormDefinition } from '@fimforms/format';

/** A definition with the given top-level fields (keys = technical names), each 1:1 unless given. */
export function smallDefinition(fields: { [key: string]: Partial<Field> & { cardinality?: string } }, extra: Partial<FormDefinition> = {}): FormDefinition {
  const structure = Object.entries(fields).map(([key, field]) => (field.cardinality ? { field: key, cardinality: field.cardinality } : { field: key }));
  const defined = Object.fromEntries(
    Object.entries(fields).map(([key, { cardinality: _, ...field }]) => [
      key,
      { name: key, label: { de: key }, control: 'input', type: 'text', ...field } as Field,
    ]),
  );
  return { fimforms: '1.0', name: 'klein', title: { de: 'Klein' }, structure, fields: defined, ...extra };
}

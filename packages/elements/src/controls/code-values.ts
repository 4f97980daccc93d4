import type { CodeValue, Field, FormDefinition } from '@fimforms/format';

/** The entries a select field offers, in display order; empty when its list embeds none. */
export function codeValues(definition: FormDefinition, field: Field): readonly CodeValue[] {
  const key = field.codeList;
  const list = key !== undefined && definition.codeLists && Object.hasOwn(definition.codeLists, key) ? definition.codeLists[key] : undefined;
  return list?.values ?? [];
}

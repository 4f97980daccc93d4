import { walkStructure, type Field, type FormDefinition, type Occurrence } from '@fimforms/format';
import type { PartName } from '../lazy-parts.js';
import { codeValues } from './code-values.js';

/** Up to this many codes a select field shows radio buttons; more get the searchable combobox. */
export const MAX_RADIO_CODES = 7;

/** The control of a select field (specs/rendering.md §2): a text input when its list embeds no entries. */
export function selectWidget(definition: FormDefinition, field: Field, occurrence: Occurrence): 'text' | 'dropdown' | 'radio' | 'combobox' {
  const count = codeValues(definition, field).length;
  if (count === 0) return 'text';
  const widget = occurrence.ui?.widget ?? field.ui?.widget;
  if (widget === 'dropdown') return 'dropdown';
  return widget === 'radio' || (widget !== 'combobox' && count <= MAX_RADIO_CODES) ? 'radio' : 'combobox';
}

/**
 * The lazily loaded parts (src/lazy-parts.ts) the controls of a definition use: the combobox, the file
 * control. Loaded before the form is first shown, so no control appears late (a field that turns out
 * read-only at run time may load a part it does not show). Reading and showing dates needs no decision
 * here: the `dates` part holds the engine's dates part too, which `enginePartsNeeded` names for every
 * date, time or datetime field, so src/create-engine.ts loads it before the engine — and the form — starts.
 */
export function controlParts(definition: FormDefinition): Set<PartName> {
  const parts = new Set<PartName>();
  for (const { occurrence, target } of walkStructure(definition)) {
    if (target.kind !== 'field' || !target.element) continue;
    const field = target.element;
    if (field.control === 'hidden' || field.control === 'label' || field.control === 'locked') continue;
    if (field.control === 'select') {
      if (selectWidget(definition, field, occurrence) === 'combobox') parts.add('combobox');
    } else if (field.type === 'file' || field.type === 'obj') parts.add('files');
  }
  return parts;
}

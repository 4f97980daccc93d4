import { nothing, type TemplateResult } from 'lit';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { localized } from '../i18n/index.js';
import { partFor } from '../lazy-parts.js';
import { boolControl } from './bool-control.js';
import { codeValues } from './code-values.js';
import { selectWidget } from './control-parts.js';
import { nativeSelect } from './native-select.js';
import { radioGroup } from './option-list.js';
import { readOnlyValue } from './read-only-value.js';
import { staticNotice } from './static-notice.js';
import { textControl } from './text-control.js';

/** A select field: radios, a native dropdown or the combobox (specs/rendering.md §2; the combobox loads lazily). */
function selectControl(host: FormHost, slot: FieldSlot, state: FieldState): TemplateResult | typeof nothing {
  const widget = selectWidget(host.engine.definition, slot.field, slot.occurrence);
  // A list whose entries are not embedded can only be answered by its code.
  if (widget === 'text') return textControl(host, slot, state);
  const values = codeValues(host.engine.definition, slot.field);
  if (widget === 'dropdown') return nativeSelect(host, slot, state, values);
  if (widget === 'radio') {
    const options = values.map((value) => ({ value: value.code, label: localized(value.label, host.language) }));
    return radioGroup(host, slot, state, options, typeof state.value === 'string' ? state.value : undefined);
  }
  return partFor(host, 'combobox')?.combobox(host, slot, state, values) ?? nothing;
}

/** The template of one field instance in its current state; nothing when hidden. */
export function renderField(host: FormHost, slot: FieldSlot, state: FieldState | undefined): TemplateResult | typeof nothing {
  if (!state || !state.visible) return nothing;
  const { control, type } = slot.field;
  if (control === 'hidden') return nothing;
  if (control === 'label') return staticNotice(host, slot);
  // A prefilled value locked by its trust level is shown as text, like a `locked` field (specs/rendering.md §6).
  if (control === 'locked' || state.computed || state.locked) return readOnlyValue(host, slot, state);
  if (control === 'select') return selectControl(host, slot, state);
  if (type === 'bool') return boolControl(host, slot, state);
  // A file, or a Blob (`obj`) that travels inline as base64.
  if (type === 'file' || type === 'obj') return partFor(host, 'files')?.fileControl(host, { ...slot, repeating: false, max: 1 }, state) ?? nothing;
  return textControl(host, slot, state);
}

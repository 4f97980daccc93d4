import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CodeValue } from '@fimforms/format';
import type { FieldState } from '@fimforms/runtime';
import type { FieldSlot, FormHost } from '../form-host.js';
import { autocompleteToken } from '../autocomplete-token.js';
import { localized } from '../i18n/index.js';
import { comboboxTexts } from './combobox-texts.js';
import { fieldFrame } from './field-frame.js';
import { partStyles } from '../lazy-parts.js';
import { comboboxStyles } from '../theme/combobox-styles.js';

/** The open/highlight state of one combobox (the typed text lives in `host.raw`). */
interface ComboState {
  open: boolean;
  active: number;
}

const states = new WeakMap<FormHost, Map<string, ComboState>>();

function stateOf(host: FormHost, path: string): ComboState {
  let byPath = states.get(host);
  if (!byPath) states.set(host, (byPath = new Map()));
  let state = byPath.get(path);
  if (!state) byPath.set(path, (state = { open: false, active: -1 }));
  return state;
}

/** Lower case without diacritics, so "oster" finds "Österreich". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Entries matching the typed text: those starting with it first, then those containing it. */
export function matchingValues(values: readonly CodeValue[], query: string, language: 'de' | 'en'): CodeValue[] {
  const needle = folded(query.trim());
  if (needle === '') return [...values];
  const starts: CodeValue[] = [];
  const contains: CodeValue[] = [];
  for (const value of values) {
    const label = folded(localized(value.label, language));
    if (label.startsWith(needle)) starts.push(value);
    else if (label.includes(needle)) contains.push(value);
  }
  return [...starts, ...contains];
}

/**
 * A searchable combobox for long code lists, after the ARIA APG "list autocomplete" combobox
 * (specs/rendering.md §2.1): focus stays in the input, `aria-activedescendant` follows the highlight.
 */
export function combobox(host: FormHost, slot: FieldSlot, state: FieldState, values: readonly CodeValue[]): TemplateResult {
  const { path } = state;
  const combo = stateOf(host, path);
  const selected = values.find((value) => value.code === state.value);
  const query = host.raw.get(path);
  const text = query ?? (selected ? localized(selected.label, host.language) : typeof state.value === 'string' ? state.value : '');
  const matches = query === undefined ? values : matchingValues(values, query, host.language);
  const listId = `${path}-list`;
  const optionId = (index: number) => `${path}-option-${index}`;
  const refresh = () => host.refreshField(path);
  const choose = (value: CodeValue) => {
    host.raw.delete(path);
    Object.assign(combo, { open: false, active: -1 });
    host.engine.setValue(path, value.code);
    refresh();
  };
  const onInput = (event: Event) => {
    const typed = (event.target as HTMLInputElement).value;
    host.raw.set(path, typed);
    const found = matchingValues(values, typed, host.language);
    Object.assign(combo, { open: true, active: found.length > 0 ? 0 : -1 });
    if (typed === '') host.engine.setValue(path, undefined);
    const texts = comboboxTexts[host.language];
    host.announce(found.length > 0 ? texts.matches(found.length) : texts.noMatch);
    refresh();
  };
  const onKeydown = (event: KeyboardEvent) => {
    const last = matches.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      combo.active = !combo.open ? (step > 0 ? 0 : last) : Math.min(last, Math.max(0, combo.active + step));
      combo.open = true;
      refresh();
    } else if (event.key === 'Enter' && combo.open) {
      event.preventDefault();
      const value = matches[combo.active];
      if (value) choose(value);
    } else if (event.key === 'Escape') {
      if (combo.open) Object.assign(combo, { open: false, active: -1 });
      else {
        host.raw.delete(path);
        host.engine.setValue(path, undefined);
      }
      refresh();
    }
  };
  const onBlur = () => {
    if (query !== undefined) {
      const exact = values.find((value) => folded(localized(value.label, host.language)) === folded(query.trim()));
      if (exact) host.engine.setValue(path, exact.code);
      host.raw.delete(path);
    }
    Object.assign(combo, { open: false, active: -1 });
    refresh();
  };
  return fieldFrame(host, slot, state, (w) => html`<div class="combobox" ${partStyles(comboboxStyles)}>
      <input id=${w.id} class="input" part="input" type="text" role="combobox" data-path=${path} data-kind="combobox"
        aria-autocomplete="list" aria-expanded=${combo.open ? 'true' : 'false'} aria-controls=${listId}
        aria-activedescendant=${combo.open && combo.active >= 0 ? optionId(combo.active) : nothing}
        autocomplete=${autocompleteToken(slot.field, slot.occurrence.ui, slot.parent) ?? 'off'}
        aria-describedby=${ifDefined(w.describedBy)} aria-invalid=${w.invalid ? 'true' : nothing} aria-required=${w.required ? 'true' : nothing}
        ?readonly=${state.readonly} .value=${live(text)}
        @input=${onInput} @keydown=${onKeydown} @blur=${onBlur} @click=${() => { combo.open = !combo.open; refresh(); }} />
      <ul id=${listId} role="listbox" class="listbox" aria-label=${slot.label} ?hidden=${!combo.open || matches.length === 0}>
        ${combo.open
          ? matches.map(
              (value, index) => html`<li id=${optionId(index)} role="option" class="option" aria-selected=${index === combo.active ? 'true' : 'false'}
                @mousedown=${(event: Event) => { event.preventDefault(); choose(value); }}>${localized(value.label, host.language)}</li>`,
            )
          : nothing}
      </ul>
    </div>`);
}

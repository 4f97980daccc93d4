import { FimCheckboxField } from './checkbox-field.js';
import { FimDateField } from './date-field.js';
import { FimDateTimeField } from './datetime-field.js';
import { FimFileField } from './file-field.js';
import { FimNumberField } from './number-field.js';
import { FimSelectField } from './select-field.js';
import { FimTextField } from './text-field.js';
import { FimTimeField } from './time-field.js';
import type { StandaloneTag } from './standalone-tags.js';

/** The standalone field elements by tag name. */
export const standaloneFieldElements = {
  'fim-text-field': FimTextField,
  'fim-number-field': FimNumberField,
  'fim-date-field': FimDateField,
  'fim-time-field': FimTimeField,
  'fim-datetime-field': FimDateTimeField,
  'fim-select-field': FimSelectField,
  'fim-checkbox-field': FimCheckboxField,
  'fim-file-field': FimFileField,
} as const satisfies Record<StandaloneTag, CustomElementConstructor>;

/** Defines every standalone field element not defined yet (a page may load two copies of the bundle). */
export function defineStandaloneFields(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(standaloneFieldElements)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fim-text-field': FimTextField;
    'fim-number-field': FimNumberField;
    'fim-date-field': FimDateField;
    'fim-time-field': FimTimeField;
    'fim-datetime-field': FimDateTimeField;
    'fim-select-field': FimSelectField;
    'fim-checkbox-field': FimCheckboxField;
    'fim-file-field': FimFileField;
  }
}

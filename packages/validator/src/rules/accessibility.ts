import { AUTOFILL_TOKENS } from './autofill-tokens.js';
import type { Report, SemanticRule } from './semantic-rule.js';
import { appendPointer, type Field, type PresentationHints } from '@fimforms/format';
import { memoizeByText } from './memoize-by-text.js';

const WIDGETS_BY_CONTROL: { readonly [widget: string]: (field: Field) => boolean } = {
  radio: (f) => f.control === 'select',
  dropdown: (f) => f.control === 'select',
  combobox: (f) => f.control === 'select',
  checkbox: (f) => f.type === 'bool',
  switch: (f) => f.type === 'bool',
  textarea: (f) => f.type === 'text' || f.type === 'text_latin',
};

/**
 * Accessibility lint: every field, group and option has a non-blank label (its accessible
 * name), `autocomplete` holds valid WHATWG autofill tokens, the preferred widget fits the
 * field, label and help differ (XDFM 1098), since screen readers read both, and a required
 * format (pattern) is explained in the help (WCAG 3.3.2, format.md §5.4).
 */
export const accessibility: SemanticRule = {
  name: 'accessibility',
  codes: ['missing-accessible-name', 'invalid-autocomplete', 'widget-mismatch', 'label-equals-help', 'pattern-without-help'],
  check(context, report) {
    for (const site of context.texts) {
      if (site.label && site.text.de.trim() === '') {
        report({
          code: 'missing-accessible-name',
          severity: 'error',
          pointer: appendPointer(site.pointer, 'de'),
          message: { de: 'Die Beschriftung ist leer; Screenreader können das Element nicht benennen.', en: 'The label is blank; screen readers cannot name the element.' },
        });
      }
    }
    // Pointers are built only for findings: this rule visits every field and occurrence.
    for (const [key, field] of context.fields) {
      if (field.ui) checkHints(field.ui, appendPointer('/fields', key), field, report);
      if (field.help && field.help.de.trim() === field.label.de.trim()) labelEqualsHelp(appendPointer('/fields', key, 'help'), report);
      if (field.constraints?.pattern !== undefined && field.help === undefined) {
        report({
          code: 'pattern-without-help',
          severity: 'warning',
          pointer: appendPointer('/fields', key, 'constraints', 'pattern'),
          message: {
            de: 'Das Feld verlangt ein Format (Pattern), erklärt es aber nicht im Hilfetext (WCAG 3.3.2).',
            en: 'The field requires a format (pattern) but its help text does not explain it (WCAG 3.3.2).',
          },
        });
      }
    }
    for (const [key, group] of context.groups) {
      if (group.help && group.help.de.trim() === group.label.de.trim()) labelEqualsHelp(appendPointer('/groups', key, 'help'), report);
    }
    for (const visit of context.visits) {
      const ui = visit.occurrence.ui;
      if (ui && visit.target.kind === 'field' && visit.target.element) checkHints(ui, visit.pointer, visit.target.element, report);
    }
  },
};

/** Checks the hints `ui` of the field or occurrence at `owner`. */
function checkHints(ui: PresentationHints, owner: string, field: Field, report: Report): void {
  if (ui.autocomplete !== undefined && !isKnownAutocomplete(ui.autocomplete)) {
    report({
      code: 'invalid-autocomplete',
      severity: 'error',
      pointer: `${owner}/ui/autocomplete`,
      message: {
        de: `„${ui.autocomplete}“ ist kein gültiger autocomplete-Wert (WHATWG-Autofill-Token wie „given-name“, „postal-code“).`,
        en: `"${ui.autocomplete}" is not a valid autocomplete value (WHATWG autofill tokens such as "given-name", "postal-code").`,
      },
    });
  }
  if (ui.widget !== undefined && WIDGETS_BY_CONTROL[ui.widget]?.(field) === false) {
    report({
      code: 'widget-mismatch',
      severity: 'warning',
      pointer: `${owner}/ui/widget`,
      message: {
        de: `Das Bedienelement „${ui.widget}“ passt nicht zu einem Feld „${field.control}“/„${field.type}“.`,
        en: `The widget "${ui.widget}" does not fit a "${field.control}"/"${field.type}" field.`,
      },
    });
  }
}

/** {@link isAutocomplete}, memoised: forms repeat a few values (`given-name`, `postal-code`) many times. */
const isKnownAutocomplete = memoizeByText((value) => isAutocomplete(value));

/** Whether a value is a valid autocomplete attribute: `on`/`off`, or `[section-*] [shipping|billing] [home|work|mobile|fax|pager] token [webauthn]`. */
export function isAutocomplete(value: string): boolean {
  const tokens = value.trim().toLowerCase().split(/\s+/);
  if (tokens.length === 1 && (tokens[0] === 'on' || tokens[0] === 'off')) return true;
  let i = 0;
  if (tokens[i]?.startsWith('section-') && tokens[i]!.length > 8) i++;
  if (tokens[i] === 'shipping' || tokens[i] === 'billing') i++;
  const contact = tokens[i] !== undefined && ['home', 'work', 'mobile', 'fax', 'pager'].includes(tokens[i]!);
  if (contact) i++;
  const field = tokens[i];
  if (field === undefined || !AUTOFILL_TOKENS.has(field)) return false;
  if (contact && !CONTACT_TOKENS.has(field)) return false;
  i++;
  if (tokens[i] === 'webauthn') i++;
  return i === tokens.length;
}

const CONTACT_TOKENS = new Set(['tel', 'tel-country-code', 'tel-national', 'tel-area-code', 'tel-local', 'tel-local-prefix', 'tel-local-suffix', 'tel-extension', 'email', 'impp']);

function labelEqualsHelp(pointer: string, report: Report): void {
  report({
    code: 'label-equals-help',
    severity: 'warning',
    pointer,
    message: { de: 'Bezeichnung und Hilfetext sind gleich (XDFM 1098).', en: 'Label and help text are the same (XDFM 1098).' },
  });
}

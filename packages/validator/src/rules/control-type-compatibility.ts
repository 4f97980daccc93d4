import { appendPointer, type DataType, type FieldControl } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

type Verdict = 'ok' | 'warning' | 'error';

/**
 * Feldart × Datentyp (specs/diagnostics.md, "Feldart × Datentyp"). FIM publishes no complete
 * table; this one follows XDFM 1011 (Auswahl → Text), 1089 (deactivated) and 1090 (Statisch →
 * Text, String.Latin+ or Statisches Objekt), and rejects what no renderer can show.
 */
export const CONTROL_TYPE_MATRIX: { readonly [control in FieldControl]: { readonly [type in DataType]: Verdict } } = {
  input: { text: 'ok', text_latin: 'ok', date: 'ok', time: 'ok', datetime: 'ok', bool: 'ok', num: 'ok', num_int: 'ok', num_currency: 'ok', file: 'ok', obj: 'ok' },
  select: { text: 'ok', text_latin: 'ok', date: 'warning', time: 'warning', datetime: 'warning', bool: 'error', num: 'warning', num_int: 'warning', num_currency: 'warning', file: 'error', obj: 'error' },
  label: { text: 'ok', text_latin: 'ok', date: 'error', time: 'error', datetime: 'error', bool: 'error', num: 'error', num_int: 'error', num_currency: 'error', file: 'error', obj: 'ok' },
  hidden: { text: 'ok', text_latin: 'ok', date: 'ok', time: 'ok', datetime: 'ok', bool: 'ok', num: 'ok', num_int: 'ok', num_currency: 'ok', file: 'error', obj: 'ok' },
  locked: { text: 'ok', text_latin: 'ok', date: 'ok', time: 'ok', datetime: 'ok', bool: 'ok', num: 'ok', num_int: 'ok', num_currency: 'ok', file: 'ok', obj: 'ok' },
};

/** Checks every field's Feldart against its Datentyp with {@link CONTROL_TYPE_MATRIX}. */
export const controlTypeCompatibility: SemanticRule = {
  name: 'control-type-compatibility',
  codes: ['incompatible-control-type', 'select-non-text-type'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const verdict = CONTROL_TYPE_MATRIX[field.control][field.type];
      if (verdict === 'ok') continue;
      const pointer = appendPointer('/fields', key, 'type');
      if (verdict === 'warning') {
        report({
          code: 'select-non-text-type',
          severity: 'warning',
          pointer,
          message: {
            de: `Ein Auswahlfeld hat den Datentyp „${field.type}“; FIM verlangt „text“ (XDFM 1011). Übermittelt wird der Code als Text.`,
            en: `A select field has the data type "${field.type}"; FIM requires "text" (XDFM 1011). The code is submitted as text.`,
          },
        });
      } else {
        report({
          code: 'incompatible-control-type',
          severity: 'error',
          pointer,
          message: {
            de: `Die Feldart „${field.control}“ passt nicht zum Datentyp „${field.type}“.`,
            en: `The control "${field.control}" does not fit the data type "${field.type}".`,
          },
        });
      }
    }
  },
};

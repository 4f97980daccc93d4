import type { Field, FormDefinition } from '@fimforms/format';
import type { UiLanguage, UiStrings } from '../i18n/index.js';
import { localized } from '../i18n/index.js';
import { formatCurrency } from '../input-format/number-display.js';
import { codeValues } from './code-values.js';
import { inputText } from './typed-input.js';

/** A stored value for reading (locked fields, computed values, review page, receipt). */
export function answerText(definition: FormDefinition, field: Field, value: unknown, language: UiLanguage, t: UiStrings): string {
  if (value === undefined || value === null || value === '') return t.noAnswer;
  if (field.control === 'select' && typeof value === 'string') {
    const entry = codeValues(definition, field).find((candidate) => candidate.code === value);
    return entry ? localized(entry.label, language) : value;
  }
  if (field.type === 'bool') return value === true ? t.yes : value === false ? t.no : String(value);
  if (field.type === 'num_currency' && typeof value === 'string') return formatCurrency(value, language);
  if (field.type === 'file' && typeof value === 'object') return (value as { name?: string }).name ?? '';
  return inputText(field, value, language);
}

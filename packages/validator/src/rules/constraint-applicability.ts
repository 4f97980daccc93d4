import { appendPointer, type Field, type FieldConstraints } from '@fimforms/format';
import { ORDERED_TYPES } from './typed-value.js';
import type { SemanticRule } from './semantic-rule.js';

type Why = { de: string; en: string };

/**
 * Präzisierungen only where they mean something: lengths on text inputs (XDFM 1012, 1015),
 * value ranges on numbers, dates and times (1016), file size and media types on files
 * (1056, 1057), patterns on text only (format.md §5.3, XDFM 1120).
 */
export const constraintApplicability: SemanticRule = {
  name: 'constraint-applicability',
  codes: ['constraint-not-applicable'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const constraints = field.constraints;
      if (!constraints) continue;
      for (const name of Object.keys(constraints) as Array<keyof FieldConstraints>) {
        const why = notApplicable(field, name);
        if (!why) continue;
        report({
          code: 'constraint-not-applicable',
          severity: 'error',
          pointer: appendPointer('/fields', key, 'constraints', name),
          message: { de: `„${name}“ ist hier nicht anwendbar: ${why.de}`, en: `"${name}" does not apply here: ${why.en}` },
        });
      }
    }
  },
};

function notApplicable(field: Field, name: keyof FieldConstraints): Why | undefined {
  const text = field.type === 'text' || field.type === 'text_latin';
  switch (name) {
    case 'minLength':
    case 'maxLength':
      if (!text) return { de: 'Feldlängen nur bei Text (XDFM 1015).', en: 'lengths only for text (XDFM 1015).' };
      if (field.control === 'select' || field.control === 'label') {
        return { de: 'keine Feldlängen bei Auswahl- und statischen Feldern (XDFM 1012).', en: 'no lengths on select and label fields (XDFM 1012).' };
      }
      return undefined;
    case 'minValue':
    case 'maxValue':
      return ORDERED_TYPES.has(field.type)
        ? undefined
        : { de: 'Wertebereiche nur bei Zahlen, Datum und Zeit (XDFM 1016).', en: 'value ranges only for numbers, dates and times (XDFM 1016).' };
    case 'maxSize':
    case 'mediaTypes':
      return field.type === 'file' ? undefined : { de: 'nur bei Anlagen (XDFM 1056, 1057).', en: 'only for files (XDFM 1056, 1057).' };
    case 'pattern':
      return text ? undefined : { de: 'Patterns nur bei Text (format.md §5.3; XDFM 1120).', en: 'patterns only for text (format.md §5.3; XDFM 1120).' };
    default:
      return undefined;
  }
}

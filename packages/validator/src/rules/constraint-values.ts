import { appendPointer } from '@fimforms/format';
import { compareTyped, isTypedBound, ORDERED_TYPES } from './typed-value.js';
import type { SemanticRule } from './semantic-rule.js';

// XSD PatternString of xdf3 mediaType (format.md §5.3).
const MEDIA_TYPE = /^\w+\/[-+.\w]+$/;
const BOUNDS = ['minValue', 'maxValue'] as const;

/**
 * Media types have the form type/subtype. Bounds are values of the field's type (XDFM 1062–1068, 1079–1082) and lower ≤ upper
 * (XDFM 1061, 1064).
 */
export const constraintValues: SemanticRule = {
  name: 'constraint-values',
  codes: ['invalid-constraint-value', 'constraint-range-inverted', 'invalid-media-type'],
  check(context, report) {
    for (const [key, field] of context.fields) {
      const c = field.constraints;
      if (!c) continue;
      if (c.minLength !== undefined && c.maxLength !== undefined && c.minLength > c.maxLength) {
        report({
          code: 'constraint-range-inverted',
          severity: 'error',
          pointer: appendPointer('/fields', key, 'constraints', 'minLength'),
          message: {
            de: `Die Mindestlänge ${c.minLength} ist größer als die Höchstlänge ${c.maxLength} (XDFM 1061).`,
            en: `The minimum length ${c.minLength} exceeds the maximum length ${c.maxLength} (XDFM 1061).`,
          },
        });
      }
      c.mediaTypes?.forEach((mediaType, index) => {
        if (MEDIA_TYPE.test(mediaType)) return;
        report({
          code: 'invalid-media-type',
          severity: 'error',
          pointer: appendPointer('/fields', key, 'constraints', 'mediaTypes', index),
          message: {
            de: `„${mediaType}“ ist kein Medientyp wie „application/pdf“.`,
            en: `"${mediaType}" is not a media type such as "application/pdf".`,
          },
        });
      });
      if (!ORDERED_TYPES.has(field.type)) continue;
      let bothValid = true;
      for (const bound of BOUNDS) {
        const value = c[bound];
        if (value === undefined || isTypedBound(field.type, value)) continue;
        bothValid = false;
        report({
          code: 'invalid-constraint-value',
          severity: 'error',
          pointer: appendPointer('/fields', key, 'constraints', bound),
          message: {
            de: `„${value}“ ist kein Wert des Datentyps „${field.type}“.`,
            en: `"${value}" is not a value of the data type "${field.type}".`,
          },
        });
      }
      if (bothValid && c.minValue !== undefined && c.maxValue !== undefined && compareTyped(field.type, c.minValue, c.maxValue) > 0) {
        report({
          code: 'constraint-range-inverted',
          severity: 'error',
          pointer: appendPointer('/fields', key, 'constraints', 'minValue'),
          message: {
            de: `Die untere Wertgrenze ${c.minValue} ist größer als die obere ${c.maxValue} (XDFM 1064).`,
            en: `The lower bound ${c.minValue} exceeds the upper bound ${c.maxValue} (XDFM 1064).`,
          },
        });
      }
    }
  },
};

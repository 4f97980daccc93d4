import type { DataType, Diagnostic, Field, FieldConstraints, PatternDialect } from '@fimforms/format';
import { patternEngine, readPattern, translatePattern } from '@fimforms/format/pattern';
import { isIsoDate, isTimeValue, readDateTimeBound, timeWithSeconds } from '@fimforms/expressions';
import { payloadDiagnostic } from './payload-diagnostic.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

// Which constraints each data type can carry into a schema; others are reported and ignored.
const APPLICABLE: { [type in DataType]: readonly (keyof FieldConstraints)[] } = {
  text: ['minLength', 'maxLength', 'pattern'],
  text_latin: ['minLength', 'maxLength', 'pattern'],
  num: ['minValue', 'maxValue'],
  num_int: ['minValue', 'maxValue'],
  num_currency: ['minValue', 'maxValue'],
  date: ['minValue', 'maxValue'],
  time: ['minValue', 'maxValue'],
  datetime: ['minValue', 'maxValue'],
  bool: [],
  file: ['maxSize', 'mediaTypes'],
  obj: ['maxSize'],
};

// How a bound of each ordered type is read: its value in the form a schema facet needs, or
// undefined. Dates and date-times by the readers the validator and the runtime use too.
const BOUND: { [type in DataType]?: (text: string) => string | undefined } = {
  num: (text) => (DECIMAL.test(text) ? text : undefined),
  num_currency: (text) => (DECIMAL.test(text) ? text : undefined),
  num_int: (text) => (INTEGER.test(text) ? text : undefined),
  date: (text) => (isIsoDate(text) ? text : undefined),
  time: (text) => (isTimeValue(text) ? timeWithSeconds(text) : undefined),
  datetime: readDateTimeBound,
};

/**
 * The constraints of a field that its payload type can express, checked and normalized
 * (times to `HH:MM:SS`), plus the XSD translation of its pattern. What cannot be expressed
 * is reported as a warning and left out of BOTH schemas, so they stay in agreement.
 */
export function fieldConstraints(
  field: Field,
  pointer: string,
  diagnostics: Diagnostic[],
): { constraints: FieldConstraints; xsdPattern?: string } {
  const source = typeof field.constraints === 'object' && field.constraints !== null ? field.constraints : {};
  const applicable = APPLICABLE[field.type] ?? [];
  const isCode = field.codeList !== undefined;
  const constraints: FieldConstraints = {};
  let xsdPattern: string | undefined;
  for (const name of Object.keys(source) as (keyof FieldConstraints)[]) {
    const value = source[name];
    if (value === undefined) continue;
    const at = `${pointer}/constraints/${name}`;
    if (isCode || !applicable.includes(name)) {
      diagnostics.push(ignored(at, name, isCode ? 'Auswahlfeld' : field.type, isCode ? 'select field' : field.type));
      continue;
    }
    if (name === 'pattern') {
      xsdPattern = typeof value === 'string' ? patternIn('xsd', value, field.type, source.maxLength) : undefined;
      if (xsdPattern === undefined || patternIn('portable', value as string, field.type, source.maxLength) === undefined) {
        xsdPattern = undefined;
        diagnostics.push(
          payloadDiagnostic(
            'compile-pattern-untranslatable',
            at,
            'Das Muster lässt sich nicht gleichbedeutend als XSD-Muster ausdrücken; es fehlt in beiden Nutzdatenschemata.',
            'The pattern has no equivalent XSD pattern; both payload schemas leave it out.',
            'warning',
          ),
        );
        continue;
      }
      constraints.pattern = value as string;
      continue;
    }
    if (name === 'minValue' || name === 'maxValue') {
      const bound = checkedBound(field.type, value);
      if (bound === undefined) {
        diagnostics.push(
          payloadDiagnostic('compile-invalid-bound', at, 'Die Grenze passt nicht zum Datentyp.', 'The bound does not fit the data type.', 'warning'),
        );
        continue;
      }
      constraints[name] = bound;
      continue;
    }
    (constraints as Record<string, unknown>)[name] = value;
  }
  return xsdPattern === undefined ? { constraints } : { constraints, xsdPattern };
}

function checkedBound(type: DataType, value: unknown): string | undefined {
  const read = BOUND[type];
  return typeof value === 'string' && read ? read(value) : undefined;
}

function ignored(pointer: string, name: string, typeDe: string, typeEn: string): Diagnostic {
  return payloadDiagnostic(
    'compile-constraint-ignored',
    pointer,
    `Die Einschränkung „${name}“ gilt nicht für ${typeDe} und fehlt in den Nutzdatenschemata.`,
    `The constraint "${name}" does not apply to ${typeEn} and is left out of the payload schemas.`,
    'warning',
  );
}

/**
 * A field pattern in a schema dialect (specs/payload.md §4), or undefined when it has no equivalent
 * there or the runtime does not apply it (format.md §5.4 `none`): then both schemas leave it out.
 * Classes become explicit ranges of the characters a value of the field's type can hold.
 */
export function patternIn(dialect: PatternDialect, pattern: string, type: DataType, maxLength?: number): string | undefined {
  const reading = readPattern(pattern);
  if (!reading.ok || patternEngine(reading, maxLength) === 'none') return undefined;
  return translatePattern(reading, dialect, type === 'text_latin' ? 'din-91379-c' : 'xml');
}

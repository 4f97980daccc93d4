import type { DataType, Field, FieldConstraints } from '@fimforms/format';
import type { ImportContext } from './import-context.js';
import type { XmlElement } from './xml-element.js';

const ORDERED: ReadonlySet<DataType> = new Set(['num', 'num_int', 'num_currency', 'date', 'time', 'datetime']);
const TYPED: { [type: string]: RegExp } = {
  num: /^-?\d+(\.\d+)?$/,
  num_currency: /^-?\d+(\.\d+)?$/,
  num_int: /^-?\d+$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/,
  datetime: /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
  bool: /^(true|false)$/,
};

/**
 * Moves what FIM's own quality rules say does not apply to a field out of the enforced
 * definition into `extensions.fim` (restored on export), with a warning: lengths on non-text,
 * select or label fields (XDFM 1012, 1015), value ranges on unordered types (1016), file
 * constraints on non-files (1056, 1057), patterns on files (1120) and on selects (the code list
 * decides), and an Inhalt that is not a
 * value of the field's type (e.g. `nein` on `bool`). Real xdf2 exports carry all of these;
 * enforcing them would make valid submissions fail.
 */
export function separateInapplicable(field: Field, extras: { [key: string]: unknown }, element: XmlElement, context: ImportContext): void {
  const constraints = field.constraints;
  if (constraints) {
    const kept = (extras['praezisierung'] ?? Object.create(null)) as { [key: string]: unknown };
    for (const name of Object.keys(constraints) as (keyof FieldConstraints)[]) {
      if (applies(field, name)) continue;
      kept[name] = constraints[name];
      delete constraints[name];
      context.report('xdf-praezisierung-not-applicable', 'warning', element, {
        de: `„${name}“ ist bei Feldart ${field.control} / Datentyp ${field.type} nicht anwendbar; der Wert wird nur in den Erweiterungen geführt.`,
        en: `"${name}" does not apply to control ${field.control} / type ${field.type}; the value is kept in the extensions only.`,
      });
      context.count('praezisierung-not-applicable');
    }
    if (Object.keys(kept).length > 0) extras['praezisierung'] = kept;
    if (Object.keys(constraints).length === 0) delete field.constraints;
  }
  separateUntypedContent(field, extras, element, context);
}

function applies(field: Field, name: keyof FieldConstraints): boolean {
  const text = field.type === 'text' || field.type === 'text_latin';
  switch (name) {
    case 'minLength':
    case 'maxLength':
      return text && field.control !== 'select' && field.control !== 'label';
    case 'minValue':
    case 'maxValue':
      return ORDERED.has(field.type) && TYPED[field.type]!.test(String(field.constraints?.[name]));
    case 'maxSize':
    case 'mediaTypes':
      return field.type === 'file';
    case 'pattern':
      // On a select the code list decides what is valid; real xdf2 exports put notes such as
      // `Mehrfachauswahl` here, which no code matches, so enforcing them would block the field.
      return field.type !== 'file' && field.type !== 'obj' && field.control !== 'select';
    default:
      return true;
  }
}

function separateUntypedContent(field: Field, extras: { [key: string]: unknown }, element: XmlElement, context: ImportContext): void {
  const content = field.content?.de;
  if (content === undefined || field.control === 'label' || field.control === 'select') return;
  const pattern = TYPED[field.type];
  const untyped = field.type === 'file' || field.type === 'obj' || (pattern !== undefined && !pattern.test(content));
  if (!untyped) {
    separateOverlongContent(field, content, extras, element, context);
    return;
  }
  extras['inhalt'] = content;
  delete field.content;
  context.report('xdf-content-not-typed', 'warning', element, {
    de: `Der Inhalt „${content}“ ist kein Wert des Datentyps ${field.type}; er wird nur in den Erweiterungen geführt.`,
    en: `The content "${content}" is not a value of type ${field.type}; it is kept in the extensions only.`,
  });
  context.count('content-not-typed');
}

/**
 * An Inhalt outside the field's own length limits (real exports carry e.g. `Ein Inhalt` on a
 * field with maxLength 1) could never be submitted; it is kept for export, not enforced.
 */
function separateOverlongContent(field: Field, content: string, extras: { [key: string]: unknown }, element: XmlElement, context: ImportContext): void {
  if (field.type !== 'text' && field.type !== 'text_latin') return;
  const length = [...content].length;
  const { minLength, maxLength } = field.constraints ?? {};
  if ((maxLength === undefined || length <= maxLength) && (minLength === undefined || length >= minLength)) return;
  extras['inhalt'] = content;
  delete field.content;
  context.report('xdf-content-out-of-range', 'warning', element, {
    de: `Der Inhalt „${content}“ liegt außerhalb der Längengrenzen des Feldes; er wird nur in den Erweiterungen geführt.`,
    en: `The content "${content}" is outside the field's length limits; it is kept in the extensions only.`,
  });
  context.count('content-out-of-range');
}

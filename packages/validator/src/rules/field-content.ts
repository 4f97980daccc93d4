import { appendPointer, codePointLength, type CodeList, type CodeValue, type Field } from '@fimforms/format';
import { compareTyped, isTypedBound, isTypedValue, ORDERED_TYPES } from './typed-value.js';
import type { Report, SemanticRule } from './semantic-rule.js';

/**
 * The Inhalt (`content.de`) of input, hidden and locked fields is a value of the field's type
 * within its constraints and, for selects, a code of its list (format.md §5.5; XDFM 1069–1077,
 * 1083–1085); files carry no content (XDFM 1100); a label field should have its text (XDFM 1109).
 */
export const fieldContent: SemanticRule = {
  name: 'field-content',
  codes: ['invalid-content', 'content-out-of-range', 'content-not-in-code-list', 'label-content-missing'],
  check(context, report) {
    const codesOf = codeSets();
    for (const [key, field] of context.fields) {
      if (field.control === 'label') {
        if (field.content === undefined) {
          report({
            code: 'label-content-missing',
            severity: 'warning',
            pointer: appendPointer('/fields', key),
            message: { de: 'Ein statisches Feld zeigt i. d. R. einen Inhalt („content“; XDFM 1109).', en: 'A label field normally shows a content text ("content"; XDFM 1109).' },
          });
        }
        continue;
      }
      const value = field.content?.de;
      if (value === undefined) continue;
      const pointer = appendPointer('/fields', key, 'content');
      if (field.type === 'file') {
        invalid(report, pointer, { de: 'Anlagen haben keinen Inhalt (XDFM 1100).', en: 'Files have no content (XDFM 1100).' });
      } else if (field.control === 'select') {
        const list = codeList(context.definition.codeLists, field.codeList);
        // A genericode list without embedded values is resolved at run time.
        if (list?.values && !codesOf(list.values).has(value)) codeNotInList(field, value, pointer, report);
      } else if (!isTypedValue(field.type, value)) {
        invalid(report, pointer, { de: `„${value}“ ist kein Wert des Datentyps „${field.type}“.`, en: `"${value}" is not a value of the data type "${field.type}".` });
      } else {
        checkBounds(field, value, pointer, report);
      }
    }
  },
};

/**
 * Each list's codes as a set, built on first use: a large form checks hundreds of selects
 * against the same list of hundreds of codes.
 */
function codeSets(): (values: readonly CodeValue[]) => ReadonlySet<string> {
  const byList = new Map<readonly CodeValue[], ReadonlySet<string>>();
  return (values) => {
    let codes = byList.get(values);
    if (!codes) {
      codes = new Set(values.map((v) => v.code));
      byList.set(values, codes);
    }
    return codes;
  };
}

function codeList(lists: { [key: string]: CodeList } | undefined, key: string | undefined): CodeList | undefined {
  return lists !== undefined && key !== undefined && Object.hasOwn(lists, key) ? lists[key] : undefined;
}

function codeNotInList(field: Field, value: string, pointer: string, report: Report): void {
  report({
    code: 'content-not-in-code-list',
    severity: 'error',
    pointer,
    message: {
      de: `„${value}“ ist kein Code der Codeliste „${field.codeList}“ (XDFM 1076, 1085).`,
      en: `"${value}" is not a code of the code list "${field.codeList}" (XDFM 1076, 1085).`,
    },
  });
}

function checkBounds(field: Field, value: string, pointer: string, report: Report): void {
  const c = field.constraints ?? {};
  const length = codePointLength(value);
  const problems: Array<{ de: string; en: string }> = [];
  if (c.minLength !== undefined && length < c.minLength) problems.push({ de: `kürzer als ${c.minLength} Zeichen (XDFM 1074)`, en: `shorter than ${c.minLength} characters (XDFM 1074)` });
  if (c.maxLength !== undefined && length > c.maxLength) problems.push({ de: `länger als ${c.maxLength} Zeichen (XDFM 1075)`, en: `longer than ${c.maxLength} characters (XDFM 1075)` });
  if (ORDERED_TYPES.has(field.type)) {
    if (c.minValue !== undefined && isTypedBound(field.type, c.minValue) && compareTyped(field.type, value, c.minValue) < 0) {
      problems.push({ de: `kleiner als ${c.minValue} (XDFM 1072)`, en: `below ${c.minValue} (XDFM 1072)` });
    }
    if (c.maxValue !== undefined && isTypedBound(field.type, c.maxValue) && compareTyped(field.type, value, c.maxValue) > 0) {
      problems.push({ de: `größer als ${c.maxValue} (XDFM 1073)`, en: `above ${c.maxValue} (XDFM 1073)` });
    }
  }
  const first = problems[0];
  if (!first) return;
  report({
    code: 'content-out-of-range',
    severity: 'error',
    pointer,
    message: { de: `Der Inhalt „${value}“ ist ${first.de}.`, en: `The content "${value}" is ${first.en}.` },
  });
}

function invalid(report: Report, pointer: string, message: { de: string; en: string }): void {
  report({ code: 'invalid-content', severity: 'error', pointer, message });
}

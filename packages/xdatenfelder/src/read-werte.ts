import type { CodeValue, InlineCodeList } from '@fimforms/format';
import { nonEmpty } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import type { XmlElement } from './xml-element.js';

/**
 * Reads an xdf3 inline Werteliste (`werte/wert+` with `code`, `name`, `hilfe?`) into an inline
 * code list. A value without code is reported and skipped; a value without name is labelled
 * with its code (the format requires a label) and reported.
 */
export function readWerte(element: XmlElement, context: ImportContext): InlineCodeList | undefined {
  const values: CodeValue[] = [];
  for (const wert of element.children) {
    if (wert.local !== 'wert') continue;
    const pick = (local: string): string | undefined => wert.children.find((child) => child.local === local)?.text;
    const code = nonEmpty(pick('code'));
    if (code === undefined) {
      context.report('xdf-value-without-code', 'warning', wert, {
        de: 'Ein Wert der Werteliste hat keinen Code; er wird nicht übernommen.',
        en: 'A value of the value list has no code; it is not imported.',
      });
      context.count('value-without-code');
      continue;
    }
    const name = nonEmpty(pick('name'));
    if (name === undefined) {
      context.report('xdf-value-without-name', 'warning', wert, {
        de: `Der Wert „${code}“ hat keinen Namen; der Code wird als Beschriftung verwendet.`,
        en: `The value "${code}" has no name; the code is used as its label.`,
      });
    }
    const value: CodeValue = { code, label: { de: name ?? code } };
    const help = nonEmpty(pick('hilfe'));
    if (help !== undefined) value.help = { de: help };
    values.push(value);
  }
  return values.length > 0 ? { kind: 'inline', values } : undefined;
}

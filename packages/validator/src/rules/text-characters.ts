import { appendPointer, isXmlText } from '@fimforms/format';
import type { SemanticRule } from './semantic-rule.js';

/**
 * Texts travel into XML: the payload schema's documentation and XDatenfelder exports. A control
 * character (other than tab and line breaks) or an unpaired surrogate cannot be written there —
 * it would become U+FFFD in the XSD and "?" in the export, silently. Such a character is never
 * meant: it comes from copy and paste or a broken conversion, so it is an error at the text.
 */
export const textCharacters: SemanticRule = {
  name: 'text-characters',
  codes: ['text-invalid-character'],
  check(context, report) {
    for (const site of context.texts) {
      for (const [language, text] of Object.entries(site.text)) {
        if (typeof text !== 'string' || isXmlText(text)) continue;
        const { index, codePoint } = firstNonXmlCharacter(text);
        const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
        report({
          code: 'text-invalid-character',
          severity: 'error',
          pointer: appendPointer(site.pointer, language),
          message: {
            de: `Der Text enthält an Stelle ${index + 1} das Zeichen ${name}, das XML nicht darstellen kann (Steuerzeichen oder einzelnes Surrogat).`,
            en: `The text holds the character ${name} at position ${index + 1}, which XML cannot represent (a control character or an unpaired surrogate).`,
          },
        });
      }
    }
  },
};

function firstNonXmlCharacter(text: string): { index: number; codePoint: number } {
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (!isXmlText(text.slice(index, index + width))) return { index, codePoint };
    index += width - 1;
  }
  return { index: 0, codePoint: 0 };
}

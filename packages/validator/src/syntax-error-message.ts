import type { BilingualMessage } from '@fimforms/format';

// Keyed by jsonc-parser's printParseErrorCode names (its enum is `const`, unusable under isolatedModules).
const MESSAGES: { [name: string]: BilingualMessage } = {
  InvalidSymbol: { de: 'Unerwartetes Zeichen: hier ist kein JSON-Wert möglich.', en: 'Unexpected character: no JSON value can start here.' },
  InvalidNumberFormat: { de: 'Ungültige Zahl.', en: 'Invalid number.' },
  PropertyNameExpected: { de: 'Eigenschaftsname in doppelten Anführungszeichen erwartet.', en: 'Property name in double quotes expected.' },
  ValueExpected: { de: 'Wert erwartet.', en: 'Value expected.' },
  ColonExpected: { de: 'Doppelpunkt erwartet.', en: 'Colon expected.' },
  CommaExpected: { de: 'Komma erwartet.', en: 'Comma expected.' },
  CloseBraceExpected: { de: 'Schließende geschweifte Klammer „}“ erwartet.', en: 'Closing brace "}" expected.' },
  CloseBracketExpected: { de: 'Schließende eckige Klammer „]“ erwartet.', en: 'Closing bracket "]" expected.' },
  EndOfFileExpected: { de: 'Nach dem JSON-Wert folgt weiterer Text.', en: 'More text follows the JSON value.' },
  InvalidCommentToken: { de: 'Kommentare sind in JSON nicht erlaubt.', en: 'Comments are not allowed in JSON.' },
  UnexpectedEndOfComment: { de: 'Kommentar ist nicht abgeschlossen.', en: 'Unterminated comment.' },
  UnexpectedEndOfString: { de: 'Zeichenkette ist nicht abgeschlossen.', en: 'Unterminated string.' },
  UnexpectedEndOfNumber: { de: 'Zahl ist unvollständig.', en: 'Incomplete number.' },
  InvalidUnicode: { de: 'Ungültige Unicode-Escape-Sequenz.', en: 'Invalid Unicode escape sequence.' },
  InvalidEscapeCharacter: { de: 'Ungültige Escape-Sequenz.', en: 'Invalid escape sequence.' },
  InvalidCharacter: { de: 'Ungültiges Zeichen in einer Zeichenkette (Steuerzeichen müssen maskiert werden).', en: 'Invalid character in a string (control characters must be escaped).' },
};

/** The bilingual message for a jsonc-parser error name. */
export function syntaxErrorMessage(name: string): BilingualMessage {
  return MESSAGES[name] ?? { de: 'Ungültiges JSON.', en: 'Invalid JSON.' };
}

import type { BilingualMessage } from './diagnostic.js';

/** Why {@link readXml} read no document; each caller maps the kind to its own diagnostic code. */
export interface XmlReadProblem {
  kind: 'too-large' | 'doctype' | 'too-deep' | 'too-many-elements' | 'text-too-large' | 'malformed';
  message: BilingualMessage;
  /** 1-based position of the problem (line 1, column 1 for the document as a whole). */
  line: number;
  column: number;
}

/** German for saxes' English well-formedness messages (saxes 6.0.0); other messages get a general German text. */
const GERMAN: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^unexpected close tag\.$/, () => 'Unerwartetes End-Tag.'],
  [/^unclosed tag: (.*)$/, (m) => `Das Element „${m[1]}“ wird nicht geschlossen.`],
  [/^unmatched closing tag: (.*)\.$/, (m) => `Das End-Tag „${m[1]}“ passt zu keinem offenen Element.`],
  [/^unexpected end\.$/, () => 'Das Dokument endet unerwartet.'],
  [/^document must contain a root element\.$/, () => 'Das Dokument enthält kein Wurzelelement.'],
  [/^documents may contain only one root\.$/, () => 'Ein Dokument hat nur ein Wurzelelement.'],
  [/^text data outside of root node\.$/, () => 'Text außerhalb des Wurzelelements.'],
  [/^disallowed character/, () => 'Ein Zeichen, das XML an dieser Stelle nicht erlaubt.'],
  [/^unbound namespace prefix: "(.*)"\.$/, (m) => `Das Namensraum-Präfix „${m[1]}“ ist nicht gebunden.`],
  [/^duplicate attribute: (.*)\.$/, (m) => `Das Attribut „${m[1]}“ ist doppelt angegeben.`],
  [/^(attribute without value|unquoted attribute value|value must be quoted|value required)\.$/, () => 'Ein Attributwert fehlt oder steht nicht in Anführungszeichen.'],
  [/^undefined entity: (.*)$/, (m) => `Unbekannte Entität „&${m[1]};“ (nur &lt; &gt; &amp; &quot; &apos; und Zeichenreferenzen).`],
  [/^malformed character entity\.$/, () => 'Fehlerhafte Zeichenreferenz.'],
  [/^malformed comment\.$/, () => 'Fehlerhafter Kommentar.'],
  [/^no whitespace between attributes\.$/, () => 'Zwischen Attributen fehlt ein Leerzeichen.'],
];

/** The bilingual message of a saxes error (`line:column: message`); its position comes separately. */
export function malformedMessage(saxesMessage: string): BilingualMessage {
  const en = saxesMessage.replace(/^\d+:\d+: /, '');
  for (const [pattern, german] of GERMAN) {
    const match = pattern.exec(en);
    if (match) return { de: german(match), en: capitalize(en) };
  }
  return { de: 'Der Aufbau des Dokuments ist an dieser Stelle fehlerhaft.', en: capitalize(en) };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

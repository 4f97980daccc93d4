/**
 * The characters a text value may hold (specs/runtime.md §5, specs/payload.md §3.2). One source
 * for the runtime, which checks values in the browser and on the server, and the compiler, which
 * writes the same rules into the payload schemas: what one accepts, the other accepts. DIN 91379
 * Datentyp C, the repertoire of `text_latin`, is src/din-91379.ts.
 */

// XML 1.0 cannot carry these: C0 controls other than tab, newline, carriage return; U+FFFE, U+FFFF.
const XML_FORBIDDEN = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF';

// Nor an unpaired surrogate (a UTF-16 code unit that is no character, e.g. a truncated emoji):
// a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// Both read the same on UTF-16 code units (no `u` flag, .NET) and on code points (`u` flag,
// JSON Schema validators, Java, Python), where a pair is one character that neither matches.
const HIGH = '\\uD800-\\uDBFF';
const LOW = '\\uDC00-\\uDFFF';
const UNPAIRED_SURROGATE_AHEAD = `(?![${LOW}])(?![\\s\\S]*(?:[${HIGH}](?![${LOW}])|[^${HIGH}][${LOW}]))`;

/**
 * `text`: no character XML 1.0 cannot carry. Written with BMP `\uXXXX` escapes and lookaheads
 * only, so regex engines other than ECMAScript's (Java, .NET, Python) read it the same way. The
 * surrogate check is lookaheads over single-character loops, not a loop over alternatives
 * (`(?:[^…]|[high][low])*`), whose backtracking overflows V8's stack on multi-megabyte texts
 * without the `u` flag: it runs on every text the plain `^[^…]*$` runs on.
 */
export const XML_TEXT_PATTERN = `^${UNPAIRED_SURROGATE_AHEAD}[^${XML_FORBIDDEN}]*$`;

// With the `u` flag a surrogate pair is one character outside the surrogate range, so this
// class finds only unpaired ones; a search without loops never backtracks, whatever the length.
// One range, not HIGH then LOW: under `u`, the adjacent escapes `\uDBFF\uDC00` would read as one
// astral character and the class would span the astral planes.
const XML_FORBIDDEN_CHARACTER = /* @__PURE__ */ new RegExp(`[${XML_FORBIDDEN}\\uD800-\\uDFFF]`, 'u');

/** True when XML 1.0 can carry every character of `text` (the language of {@link XML_TEXT_PATTERN}). */
export function isXmlText(text: string): boolean {
  return !XML_FORBIDDEN_CHARACTER.test(text);
}

const XML_FORBIDDEN_CHARACTERS = /* @__PURE__ */ new RegExp(XML_FORBIDDEN_CHARACTER.source, 'gu');

/**
 * `text` with every character XML 1.0 cannot carry replaced (by `replacement`, e.g. U+FFFD, or
 * dropped with `''`): for texts a writer must emit whatever they hold, such as documentation.
 */
export function replaceNonXmlCharacters(text: string, replacement: string): string {
  return isXmlText(text) ? text : text.replace(XML_FORBIDDEN_CHARACTERS, replacement);
}

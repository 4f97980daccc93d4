/**
 * Untrusted text (definition keys, references, submission keys, file names, arguments) made safe
 * to print on a terminal or into a CI log: control characters (C0, DEL, C1 — newlines and ESC
 * sequences included), bidirectional overrides (which reorder what a reader sees) and unpaired
 * surrogates are written as `\n`, `\t`, `\r` or `\u{…}`, so a message stays on its line and
 * cannot start a GitHub workflow command (`::error …::`, legacy `##[…]`) or steer the terminal.
 * Printable text, umlauts and emoji stay as they are.
 */
export function printableText(text: string): string {
  const escaped = UNSAFE.test(text) ? text.replace(UNSAFE_ALL, escapeChar) : text;
  return escaped.includes('##[') ? escaped.replaceAll('##[', '#\\u{23}[') : escaped;
}

/**
 * A file name made printable, and kept from starting a line with `::` (a GitHub workflow
 * command): `./` in front names the same relative file.
 */
export function printablePath(file: string): string {
  const text = printableText(file);
  return text.startsWith('::') ? `./${text}` : text;
}

const CHARACTER_CLASS = '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ufeff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const UNSAFE = new RegExp(CHARACTER_CLASS);
const UNSAFE_ALL = new RegExp(CHARACTER_CLASS, 'g');
const NAMED: { [char: string]: string } = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(char: string): string {
  return NAMED[char] ?? `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`;
}

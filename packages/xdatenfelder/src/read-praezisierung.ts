import type { FieldConstraints } from '@fimforms/format';
import { nonEmpty } from './element-reader.js';
import type { ImportContext } from './import-context.js';
import { vFlagPattern } from './v-flag-pattern.js';
import type { XmlElement } from './xml-element.js';

/** Read constraints, plus what could not become a constraint (kept in `extensions.fim.praezisierung`). */
export interface ReadPraezisierung {
  constraints: FieldConstraints;
  extras?: { [key: string]: string };
}

const KEYS = ['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern'] as const;
const REGEX_SYNTAX = /[\\[\](){}*+?|^$.]/;

/**
 * Reads a Präzisierung: xdf3 attributes, or the xdf2 JSON string with string numbers and
 * JSON-escaped regexes (`"[\\p{L}]*"` → `[\p{L}]*`). Prose in `pattern`
 * (`"Codeliste Regionalschlüssel"`), patterns JavaScript cannot compile with the `v` flag,
 * unknown keys and non-numeric lengths are reported and kept in the extras, never as
 * constraints (specs/xdatenfelder.md §5).
 */
export function readPraezisierung(element: XmlElement, context: ImportContext): ReadPraezisierung {
  const parsed = context.version === '2.0' ? parseXdf2(element, context) : { ...element.attributes };
  const result: ReadPraezisierung = { constraints: {} };
  const extras: { [key: string]: string } = Object.create(null) as { [key: string]: string };
  if (typeof parsed === 'string') extras['text'] = parsed;
  const raw = typeof parsed === 'string' ? {} : parsed;
  for (const [key, value] of Object.entries(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      extras[key] = value;
      unknownKey(element, key, context);
      continue;
    }
    applyConstraint(key as (typeof KEYS)[number], value, result.constraints, extras, element, context);
  }
  if (context.version === '3.0.0' && nonEmpty(element.text) !== undefined) extras['text'] = element.text.trim();
  if (Object.keys(extras).length > 0) result.extras = extras;
  return result;
}

// A string result is text that is not a JSON object (kept verbatim in the extras).
function parseXdf2(element: XmlElement, context: ImportContext): { [key: string]: string } | string {
  const text = nonEmpty(element.text);
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    context.report('xdf-praezisierung-not-json', 'warning', element, {
      de: 'Die Präzisierung ist kein JSON-Objekt; sie wird nur in den Erweiterungen geführt.',
      en: 'The Präzisierung is not a JSON object; it is kept in the extensions only.',
    });
    context.count('praezisierung-not-json');
    return text;
  }
  const result: { [key: string]: string } = Object.create(null) as { [key: string]: string };
  for (const [key, value] of Object.entries(parsed)) result[key] = typeof value === 'string' ? value : JSON.stringify(value);
  return result;
}

function applyConstraint(
  key: (typeof KEYS)[number],
  value: string,
  constraints: FieldConstraints,
  extras: { [key: string]: string },
  element: XmlElement,
  context: ImportContext,
): void {
  const trimmed = value.trim();
  if (key === 'minLength' || key === 'maxLength') {
    const number = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
    if (Number.isSafeInteger(number) && (key === 'minLength' || number >= 1)) constraints[key] = number;
    else invalid(key, value, extras, element, context, 'xdf-praezisierung-invalid');
    return;
  }
  if (key === 'minValue' || key === 'maxValue') {
    if (trimmed !== '') constraints[key] = trimmed;
    return;
  }
  if (value === '') return;
  if (!REGEX_SYNTAX.test(value) && /\s/.test(value.trim())) {
    invalid(key, value, extras, element, context, 'xdf-praezisierung-prose');
    return;
  }
  const pattern = vFlagPattern(value);
  if (pattern === undefined) {
    invalid(key, value, extras, element, context, 'xdf-praezisierung-invalid');
    return;
  }
  constraints.pattern = pattern;
  if (pattern === value) return;
  // The source spelling is kept so that export writes the pattern exactly as it stood. Read as
  // XSD, a trailing `$` would be a literal dollar sign; FIM authors mean an anchor, so the
  // reading differs from the letter of the XSD and says so.
  extras['patternSource'] = value;
  context.report('xdf-pattern-rewritten', 'info', element, {
    de: `Das Muster „${value}“ wird als „${pattern}“ gelesen (ganzer Wert, ohne äußere Anker ^/$, Klassenzeichen maskiert); die Schreibweise der Quelle bleibt für den Export erhalten.`,
    en: `The pattern "${value}" is read as "${pattern}" (whole value, without outer anchors ^/$, class characters escaped); the source spelling is kept for export.`,
  });
}

function invalid(key: string, value: string, extras: { [key: string]: string }, element: XmlElement, context: ImportContext, code: string): void {
  extras[key] = value;
  const prose = code === 'xdf-praezisierung-prose';
  context.report(code, 'warning', element, {
    de: prose
      ? `Das Muster „${value}“ ist Prosa, kein regulärer Ausdruck; es wird nicht geprüft und nur in den Erweiterungen geführt.`
      : `Der Wert „${value}“ für ${key} ist ungültig; er wird nicht geprüft und nur in den Erweiterungen geführt.`,
    en: prose
      ? `The pattern "${value}" is prose, not a regular expression; it is not checked and kept in the extensions only.`
      : `The value "${value}" for ${key} is invalid; it is not checked and kept in the extensions only.`,
  });
  context.count(prose ? 'praezisierung-prose' : 'praezisierung-invalid');
}

function unknownKey(element: XmlElement, key: string, context: ImportContext): void {
  context.report('xdf-praezisierung-unknown-key', 'warning', element, {
    de: `Die Präzisierung enthält den unbekannten Schlüssel „${key}“; er wird nur in den Erweiterungen geführt.`,
    en: `The Präzisierung holds the unknown key "${key}"; it is kept in the extensions only.`,
  });
  context.count('praezisierung-unknown-key');
}


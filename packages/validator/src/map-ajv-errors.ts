import { appendPointer, type BilingualMessage, type Diagnostic } from '@fimforms/format';
import type { AjvError } from './ajv-error.js';
import { unionBranchErrors } from './union-branch-errors.js';

/**
 * Turns ajv errors into diagnostics, one per mistake: the `if` error of the Occurrence
 * if/then/else is dropped (its `then`/`else` branch errors say what is wrong), and below an
 * `anyOf` (Expression) only the `anyOf` itself is reported, not every failed branch; other
 * unions report the branch the value fits (`unionBranchErrors`).
 */
export function mapAjvErrors(given: readonly AjvError[]): Diagnostic[] {
  const errors = unionBranchErrors(given);
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const outermost = anyOfPaths.filter((p) => !anyOfPaths.some((q) => q !== p && isUnder(p, q)));
  // An occurrence without `field` fails the GroupOccurrence branch; when it has a misspelt key
  // (`fieldd`), the unknown-property error already says what is wrong.
  const unknownAt = new Set(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath));
  const elseAt = new Set(errors.filter((e) => e.keyword === 'if' && e.params['failingKeyword'] === 'else').map((e) => e.instancePath));
  const isOccurrenceKindError = (error: AjvError) =>
    error.keyword === 'required' && error.params['missingProperty'] === 'group' && elseAt.has(error.instancePath);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (isOccurrenceKindError(error) && unknownAt.has(error.instancePath)) continue;
    // A key failing propertyNames yields a pattern error and a propertyNames error; keep the latter.
    if (error.schemaPath.includes('/propertyNames/')) continue;
    const covered = outermost.find((p) => isUnder(error.instancePath, p) || error.instancePath === p);
    if (covered !== undefined && !(error.keyword === 'anyOf' && error.instancePath === covered)) continue;
    const diagnostic = isOccurrenceKindError(error) ? occurrenceKindMissing(error.instancePath) : toDiagnostic(error);
    const key = `${diagnostic.code}\u0000${diagnostic.pointer}\u0000${diagnostic.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function occurrenceKindMissing(pointer: string): Diagnostic {
  return make('schema-missing-property', pointer, {
    de: 'Eine Verwendung braucht „field“ oder „group“.',
    en: 'An occurrence needs "field" or "group".',
  });
}

function isUnder(path: string, ancestor: string): boolean {
  return path.startsWith(ancestor + '/');
}

function toDiagnostic(error: AjvError): Diagnostic {
  const at = error.instancePath;
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return make('schema-missing-property', at, {
        de: `Die Pflichtangabe „${str(p['missingProperty'])}“ fehlt.`,
        en: `The required property "${str(p['missingProperty'])}" is missing.`,
      });
    case 'additionalProperties':
      return make('schema-unknown-property', appendPointer(at, str(p['additionalProperty'])), {
        de: `Die Eigenschaft „${str(p['additionalProperty'])}“ ist hier nicht vorgesehen.`,
        en: `The property "${str(p['additionalProperty'])}" is not allowed here.`,
      });
    case 'type':
      return make('schema-wrong-type', at, {
        de: `Falscher Typ: erwartet ${typeName(str(p['type']), 'de')}.`,
        en: `Wrong type: expected ${typeName(str(p['type']), 'en')}.`,
      });
    case 'enum':
    case 'const':
      return make('schema-invalid-value', at, {
        de: `Unzulässiger Wert; erlaubt: ${allowed(p)}.`,
        en: `Value not allowed; allowed: ${allowed(p)}.`,
      });
    case 'pattern':
      return make('schema-pattern-mismatch', at, {
        de: `Der Wert hat nicht das verlangte Format (${str(p['pattern'])}).`,
        en: `The value does not have the required form (${str(p['pattern'])}).`,
      });
    case 'propertyNames':
      return make('schema-invalid-key', appendPointer(at, str(p['propertyName'])), {
        de: `Der Schlüssel „${str(p['propertyName'])}“ ist hier nicht erlaubt (erwartet: Sprachkennung nach BCP 47, z. B. „en“).`,
        en: `The key "${str(p['propertyName'])}" is not allowed here (expected a BCP 47 language tag such as "en").`,
      });
    case 'format':
      return make('schema-format-mismatch', at, {
        de: `Der Wert ist kein gültiges Format „${str(p['format'])}“.`,
        en: `The value is not a valid "${str(p['format'])}".`,
      });
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return make('schema-too-short', at, {
        de: error.keyword === 'minLength' ? 'Der Text darf nicht leer sein.' : `Es sind mindestens ${str(p['limit'])} Einträge nötig.`,
        en: error.keyword === 'minLength' ? 'The text must not be empty.' : `At least ${str(p['limit'])} entries are required.`,
      });
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties':
      return make('schema-too-long', at, {
        de: `Es sind höchstens ${str(p['limit'])} Einträge erlaubt.`,
        en: `At most ${str(p['limit'])} entries are allowed.`,
      });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return make('schema-out-of-range', at, {
        de: `Der Wert muss ${str(p['comparison'])} ${str(p['limit'])} sein.`,
        en: `The value must be ${str(p['comparison'])} ${str(p['limit'])}.`,
      });
    case 'discriminator':
      return make('schema-unknown-kind', at, {
        de: 'Die Art („kind“) muss „inline“ oder „genericode“ sein.',
        en: 'The kind must be "inline" or "genericode".',
      });
    case 'anyOf':
      return make('schema-invalid-expression', at, {
        de: 'Kein gültiger Ausdruck: erlaubt sind Text, Zahl, Wahrheitswert, null oder ein Operator-Objekt mit genau einem Schlüssel.',
        en: 'Not a valid expression: allowed are text, number, boolean, null or an operator object with exactly one key.',
      });
    default:
      return make('schema-violation', at, {
        de: `Verstößt gegen das Format-Schema (${error.keyword}).`,
        en: `Violates the format schema (${error.keyword}${error.message ? `: ${error.message}` : ''}).`,
      });
  }
}

function make(code: string, pointer: string, message: BilingualMessage): Diagnostic {
  return { code, severity: 'error', pointer, message };
}

function str(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function allowed(params: { [name: string]: unknown }): string {
  const values = Array.isArray(params['allowedValues']) ? params['allowedValues'] : [params['allowedValue']];
  return values.map((v) => JSON.stringify(v)).join(', ');
}

const TYPE_NAMES: { [type: string]: BilingualMessage } = {
  object: { de: 'Objekt', en: 'object' },
  array: { de: 'Liste (Array)', en: 'array' },
  string: { de: 'Text', en: 'string' },
  number: { de: 'Zahl', en: 'number' },
  integer: { de: 'ganze Zahl', en: 'integer' },
  boolean: { de: 'Wahrheitswert', en: 'boolean' },
};

function typeName(type: string, lang: 'de' | 'en'): string {
  return type
    .split(',')
    .map((t) => TYPE_NAMES[t]?.[lang] ?? t)
    .join(lang === 'de' ? ' oder ' : ' or ');
}

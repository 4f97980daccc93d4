import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { checkFormatVersion } from './check-format-version.js';
import { checkSemantics } from './check-semantics.js';
import { checkStructure } from './check-structure.js';
import { scanValue } from './scan-value.js';
import { DEFAULT_LIMITS } from './validation-limits.js';
import { toResult, type ValidateOptions, type ValidationResult } from './validation-result.js';

/**
 * Validates a parsed form definition: depth and key safety, format version, the JSON Schema
 * (precompiled ajv), then the semantic rules (only on a structurally valid definition, whose
 * shape they rely on). Never throws; every problem is a diagnostic.
 */
export function validateDefinition(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const diagnostics = collect(value, options);
  if (options.file !== undefined) for (const d of diagnostics) d.file = options.file;
  return toResult(diagnostics);
}

function collect(value: unknown, options: ValidateOptions): Diagnostic[] {
  const maxDepth = options.limits?.maxDepth ?? DEFAULT_LIMITS.maxDepth;
  const scan = scanValue(value, maxDepth);
  if (scan.tooDeep !== undefined) {
    return [
      {
        code: 'nesting-too-deep',
        severity: 'error',
        pointer: scan.tooDeep,
        message: { de: `Die Daten sind tiefer als ${maxDepth} Ebenen verschachtelt.`, en: `The data is nested deeper than ${maxDepth} levels.` },
      },
    ];
  }
  if (scan.forbiddenKeys.length > 0) {
    return scan.forbiddenKeys.map((pointer) => ({
      code: 'json-forbidden-key',
      severity: 'error',
      pointer,
      message: {
        de: 'Schlüssel wie „__proto__“, „constructor“ und „prototype“ sind nicht erlaubt: sie können Objekt-Prototypen verändern.',
        en: 'Keys such as "__proto__", "constructor" and "prototype" are not allowed: they can tamper with object prototypes.',
      },
    }));
  }
  return checkParsedDefinition(value);
}

/**
 * The stages after the input guards: format version, structure, semantics. For values whose
 * depth and keys are already known to be safe (validateText checked them on the text).
 */
export function checkParsedDefinition(value: unknown): Diagnostic[] {
  const version = checkFormatVersion(value);
  if (version.length > 0) return version;
  const structure = checkStructure(value);
  if (structure.length > 0) return structure;
  return checkSemantics(value as FormDefinition);
}

import type { Diagnostic, SourcePosition } from '@fimforms/format';
import { locateDiagnostics } from './locate-diagnostics.js';
import { parseDefinitionText } from './parse-definition-text.js';
import { checkParsedDefinition } from './validate-definition.js';
import { DEFAULT_LIMITS, type ValidationLimits } from './validation-limits.js';
import { toResult, type ValidateOptions, type ValidationResult } from './validation-result.js';

/**
 * Validates JSON text of a form definition: safe parsing (size, BOM, depth, syntax, duplicate
 * and prototype keys), then the stages of `validateDefinition`. Every diagnostic carries a line and
 * column (1-based, UTF-16 columns) and the file name when given; they come sorted by position.
 */
export function validateText(text: string, options: ValidateOptions = {}): ValidationResult {
  const limits: ValidationLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const parsed = parseDefinitionText(text, limits);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  if (parsed.ok) {
    // Depth and prototype keys were checked on the text; the value scan would only repeat them.
    const found = checkParsedDefinition(parsed.value);
    locateDiagnostics(parsed.text, found);
    // A loop, not push(...found): hostile files can yield more findings than a call may take arguments.
    for (const diagnostic of found) diagnostics.push(diagnostic);
  }
  if (options.file !== undefined) for (const d of diagnostics) d.file = options.file;
  return toResult(sortByPosition(diagnostics));
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (p: SourcePosition | undefined) => (p ? p.line * 1e7 + p.column : 0);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => key(a.d.position) - key(b.d.position) || a.i - b.i)
    .map((x) => x.d);
}

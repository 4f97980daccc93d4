import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { createRuleContext } from './rules/rule-context.js';
import { semanticRules } from './rules/index.js';
import { structureTooLarge } from './structure-too-large.js';

/**
 * Runs every semantic rule on a structurally valid definition. A rule that throws is a bug of
 * the validator; it becomes a diagnostic instead of a crash, and the other rules still run.
 */
export function checkSemantics(definition: FormDefinition): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const context = createRuleContext(definition);
  if (context.limit) diagnostics.push(structureTooLarge(context.limit));
  const report = (diagnostic: Diagnostic) => {
    diagnostics.push(diagnostic);
  };
  for (const rule of semanticRules) {
    try {
      rule.check(context, report);
    } catch (error) {
      diagnostics.push({
        code: 'validator-internal-error',
        severity: 'error',
        pointer: '',
        message: {
          de: `Interner Fehler der Prüfregel „${rule.name}“: ${String(error)}. Bitte melden.`,
          en: `Internal error in the rule "${rule.name}": ${String(error)}. Please report it.`,
        },
      });
    }
  }
  return diagnostics;
}

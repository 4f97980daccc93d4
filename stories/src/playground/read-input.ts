import type { Diagnostic, FormDefinition } from '@fimforms/format';
import { validateText } from '@fimforms/validator';
import { importXdf } from '@fimforms/xdatenfelder';

/** What the playground made of the text in its editor. */
export interface PlaygroundInput {
  kind: 'definition' | 'xdatenfelder';
  /** The definition to render; absent while the input has errors. */
  definition: FormDefinition | undefined;
  /** The definition's JSON text (the input itself, or the imported definition). */
  definitionText: string | undefined;
  /** Findings of the XDatenfelder import (located in the XML), for XML input. */
  importFindings: Diagnostic[] | undefined;
  /** Findings that stop rendering (import or validation errors), located in the input. */
  blocking: Diagnostic[];
}

/**
 * Reads the editor's text as the CLI would: XML (starting with `<`) is imported from
 * XDatenfelder 2.0/3.0.0, anything else is validated as a form definition. Never throws.
 */
export function readPlaygroundInput(text: string): PlaygroundInput {
  if (text.trimStart().startsWith('<')) {
    const imported = importXdf(text, { file: 'eingabe.xdf.xml' });
    const findings = imported.report.diagnostics;
    if (!imported.definition || findings.some((d) => d.severity === 'error')) {
      return { kind: 'xdatenfelder', definition: undefined, definitionText: undefined, importFindings: findings, blocking: findings.filter((d) => d.severity === 'error') };
    }
    const definitionText = `${JSON.stringify(imported.definition, null, 2)}\n`;
    return { ...checked(definitionText, 'import.form.json'), kind: 'xdatenfelder', importFindings: findings };
  }
  return checked(text, 'eingabe.form.json');
}

function checked(text: string, file: string): PlaygroundInput {
  const result = validateText(text, { file });
  return {
    kind: 'definition',
    definition: result.valid ? (JSON.parse(text) as FormDefinition) : undefined,
    definitionText: text,
    importFindings: undefined,
    blocking: result.valid ? [] : result.diagnostics,
  };
}

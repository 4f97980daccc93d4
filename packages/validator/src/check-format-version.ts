import type { Diagnostic } from '@fimforms/format';
import { FORMAT_VERSION, migrateDefinition } from '@fimforms/format';

/**
 * The `fimforms` member names the format version. Without it, or with a version this package
 * cannot read, schema errors would be noise, so validation stops here.
 */
export function checkFormatVersion(value: unknown): Diagnostic[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      {
        code: 'definition-not-object',
        severity: 'error',
        pointer: '',
        message: { de: 'Eine Formulardefinition ist ein JSON-Objekt.', en: 'A form definition is a JSON object.' },
      },
    ];
  }
  const result = migrateDefinition(value);
  if (result.ok) return [];
  if (result.reason === 'missing-version') {
    return [
      {
        code: 'format-version-missing',
        severity: 'error',
        pointer: '',
        message: { de: 'Die Formatversion („fimforms“) fehlt.', en: 'The format version ("fimforms") is missing.' },
        hint: { de: `Ergänzen Sie "fimforms": "${FORMAT_VERSION}".`, en: `Add "fimforms": "${FORMAT_VERSION}".` },
      },
    ];
  }
  return [
    {
      code: 'format-version-unsupported',
      severity: 'error',
      pointer: '/fimforms',
      message: {
        de: `Die Formatversion „${result.version ?? ''}“ wird nicht unterstützt (unterstützt: ${FORMAT_VERSION} und neuere 1.x).`,
        en: `The format version "${result.version ?? ''}" is not supported (supported: ${FORMAT_VERSION} and later 1.x).`,
      },
    },
  ];
}

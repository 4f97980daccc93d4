import { appendPointer, type FimMetadata } from '@fimforms/format';
import type { Report, SemanticRule } from './semantic-rule.js';

// Freigabestatus 3 Entwurf … 7 inaktiv need the date the status was set (XDFM 1142, 1143).
const DATED_STATUSES = new Set(['3', '4', '5', '6', '7']);

/**
 * Freigabestatus: inactive elements only in exceptions (XDFM 1116); statuses from Entwurf on
 * carry `statusSetAt` (1142, 1143); a versioned schema contains only versioned elements (1135).
 */
export const fimReleaseStatus: SemanticRule = {
  name: 'fim-release-status',
  codes: ['fim-inactive-element', 'fim-status-date-missing', 'fim-unversioned-element'],
  check(context, report) {
    const { definition } = context;
    const versionedSchema = definition.fim?.version !== undefined;
    // Pointers are built only for findings: this rule visits every element.
    if (definition.fim) checkStatus(definition.fim, undefined, '', versionedSchema, report);
    for (const [key, f] of context.fields) if (f.fim) checkStatus(f.fim, '/fields', key, versionedSchema, report);
    for (const [key, g] of context.groups) if (g.fim) checkStatus(g.fim, '/groups', key, versionedSchema, report);
  },
};

/** Checks the schema's own `fim` (map undefined) or that of the element `key` in `map`. */
function checkStatus(fim: FimMetadata, map: string | undefined, key: string, versionedSchema: boolean, report: Report): void {
  const element = map !== undefined;
  const base = () => (map === undefined ? '/fim' : appendPointer(map, key, 'fim'));
  if (element && fim.status === '7') {
    report({
      code: 'fim-inactive-element',
      severity: 'warning',
      pointer: `${base()}/status`,
      message: { de: `${fim.id} ist inaktiv und sollte nur ausnahmsweise verwendet werden (XDFM 1116).`, en: `${fim.id} is inactive and should only be used in exceptions (XDFM 1116).` },
    });
  }
  if (fim.status !== undefined && DATED_STATUSES.has(fim.status) && fim.statusSetAt === undefined) {
    report({
      code: 'fim-status-date-missing',
      // Info, not warning: xdf2 sources have no status date at all, so every import would warn.
      severity: 'info',
      pointer: `${base()}/status`,
      message: { de: `Zum Status von ${fim.id} fehlt „statusSetAt“ (XDFM 1142, 1143).`, en: `The status of ${fim.id} lacks "statusSetAt" (XDFM 1142, 1143).` },
    });
  }
  if (element && versionedSchema && fim.version === undefined) {
    report({
      code: 'fim-unversioned-element',
      severity: 'warning',
      pointer: base(),
      message: {
        de: `Ein versioniertes Datenschema enthält das unversionierte Element ${fim.id} (XDFM 1135).`,
        en: `A versioned schema contains the unversioned element ${fim.id} (XDFM 1135).`,
      },
    });
  }
}

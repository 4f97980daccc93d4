import { isTrustLevel, prefillSourceEntry, reachesTrustLevel, type Diagnostic, type TrustLevel } from '@fimforms/format';
import type { ElementNode } from '@fimforms/expressions';
import { coerceInput } from './field-value.js';
import type { PrefillValue } from './prefill-value.js';
import { problem } from './diagnostic-at.js';
import { toPointer } from './instance-path.js';
import { namesFieldInstance, placePrefill } from './prefill-placement.js';

/** Where a prefilled value came from, and whether it locks its field (specs/runtime.md §4.6). */
export interface PrefillProvenance {
  source: string;
  level?: TrustLevel;
  locked: boolean;
}

/** One prefill value the form takes: its field instance, its value in submission form, its provenance. */
export interface PrefillEntry {
  path: string;
  node: ElementNode;
  value: unknown;
  provenance: PrefillProvenance;
}

/**
 * Reads the `prefill` option (specs/runtime.md §4.6): resolves each path to its field, coerces the
 * value, drops a value below the level its source demands (`prefill-level-too-low`) and one for
 * no field instance (`prefill-unknown-field`), reads an unknown level as none (`prefill-level-unknown`), and decides whether it locks — its level reaches the field's
 * `prefill.lockFrom`, else the definition's. Then places the entries of repeating fields and drops
 * those beyond a maximum (`placePrefill`).
 */
export function readPrefill(
  prefill: Record<string, PrefillValue> | undefined,
  nodeOf: (path: string) => ElementNode | undefined,
  formLockFrom: TrustLevel | undefined,
  report: (diagnostic: Diagnostic) => void,
): PrefillEntry[] {
  const entries: PrefillEntry[] = [];
  for (const [path, given] of Object.entries(prefill ?? {})) {
    const node = nodeOf(path);
    const field = node?.kind === 'field' ? node.field : undefined;
    if (!node || !field || !namesFieldInstance(path, nodeOf)) {
      report(problem('prefill-unknown-field', toPointer(path), `Vorbefüllung für unbekanntes Feld „${path}“`, `Prefill for unknown field "${path}"`));
      continue;
    }
    const level = isTrustLevel(given.level) ? given.level : undefined;
    if (given.level !== undefined && level === undefined) {
      report({
        ...problem('prefill-level-unknown', toPointer(path), `Vorbefüllung für „${path}“: unbekanntes Vertrauensniveau ${JSON.stringify(given.level)}; der Wert gilt als ohne Niveau`, `Prefill for "${path}": unknown trust level ${JSON.stringify(given.level)}; the value counts as without a level`),
        severity: 'warning',
      });
    }
    const demanded = (field.prefill?.sources ?? []).map(prefillSourceEntry).find((entry) => entry.source === given.source)?.level;
    if (demanded !== undefined && !reachesTrustLevel(level, demanded)) {
      report({
        ...problem('prefill-level-too-low', toPointer(path),
          `Vorbefüllung für „${path}“ nicht übernommen: Vertrauensniveau ${level ?? 'unbekannt'}, verlangt ${demanded}`,
          `Prefill for "${path}" not applied: trust level ${level ?? 'unknown'}, ${demanded} required`),
        severity: 'warning',
      });
      continue;
    }
    const lockFrom = field.prefill?.lockFrom ?? formLockFrom;
    const locked = lockFrom !== undefined && reachesTrustLevel(level, lockFrom);
    const provenance: PrefillProvenance = { source: given.source, ...(level ? { level } : {}), locked };
    entries.push({ path, node, value: coerceInput(given.value, field), provenance });
  }
  return placePrefill(entries, nodeOf, report);
}

import { MAX_STRUCTURE_DEPTH, type Diagnostic } from '@fimforms/format';
import type { StructureLimit } from './rules/structure-limit.js';
import { MAX_OCCURRENCES } from './validation-limits.js';

/**
 * The diagnostic for a structure the semantic rules saw only in part. Same code as the runtime's
 * (runtime.md §5): a form the runtime would run only in part is not a valid form.
 */
export function structureTooLarge(limit: StructureLimit): Diagnostic {
  if (limit.kind === 'occurrences') {
    return {
      code: 'structure-too-large',
      severity: 'error',
      pointer: '/structure',
      message: {
        de: `Die Struktur ergibt mehr als ${MAX_OCCURRENCES} Elementverwendungen (Gruppen binden mehrfach verwendete Gruppen ein); nur die ersten werden geprüft.`,
        en: `The structure expands to more than ${MAX_OCCURRENCES} occurrences (groups place reused groups); only the first are checked.`,
      },
    };
  }
  return {
    code: 'structure-too-large',
    severity: 'error',
    pointer: limit.pointer,
    message: {
      de: `Die Gruppen sind hier tiefer als ${MAX_STRUCTURE_DEPTH} Ebenen verschachtelt; tiefere Ebenen werden nicht geprüft.`,
      en: `Groups are nested deeper than ${MAX_STRUCTURE_DEPTH} levels here; deeper levels are not checked.`,
    },
  };
}

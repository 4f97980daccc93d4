import type { Diagnostic } from '@fimforms/format';
import { problem } from './diagnostic-at.js';
import { toPointer } from './instance-path.js';

// Apart from prefill-placement.ts: the instance tree reports it too (a locked value of a restored draft beyond a
// maximum), and the tree is in the engine's core, the placement in the prefill part (specs/runtime.md §6).

/** The `prefill-beyond-maximum` warning for a value given at `path`. */
export function beyondMaximum(path: string): Diagnostic {
  return {
    ...problem('prefill-beyond-maximum', toPointer(path),
      `Vorbefüllung für „${path}“ nicht übernommen: so viele Einträge lässt das Formular nicht zu`,
      `Prefill for "${path}" not applied: the form does not allow that many entries`),
    severity: 'warning',
  };
}

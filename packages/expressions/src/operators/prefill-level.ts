import type { Operator } from '../operator.js';

/** `prefillLevel(x)`: the trust level of field `x`'s prefilled value (`basic`, `substantial`, `high`); empty when unknown. */
export const prefillLevel: Operator = {
  name: 'prefill_level', call: 'prefillLevel', minArgs: 1, maxArgs: 1, params: ['any'], result: 'string', readsProvenance: true,
  evaluate: (args) => args.provenance(0)?.level ?? null,
};

import type { Operator } from '../operator.js';

/** `prefilledFrom(x)`: the source of field `x`'s prefilled value (`bundid:givenName`); empty when it holds none. */
export const prefilledFrom: Operator = {
  name: 'prefilled_from', call: 'prefilledFrom', minArgs: 1, maxArgs: 1, params: ['any'], result: 'string', readsProvenance: true,
  evaluate: (args) => args.provenance(0)?.source ?? null,
};

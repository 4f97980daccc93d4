import type { Operator } from '../operator.js';
import { isEmptyValue } from '../value.js';

/** `isEmpty(a)` (FIM `is_empty`): not answered — absent, `""`, or a group/list with nothing filled in. */
export const isEmpty: Operator = {
  name: 'is_empty', call: 'isEmpty', minArgs: 1, maxArgs: 1, params: ['any'], result: 'boolean',
  evaluate: (args) => isEmptyValue(args.get(0)),
};

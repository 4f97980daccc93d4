import type { Operator } from '../operator.js';

/** `list(a, b, …)`, also written as a JSON array inside a tree: the list of its items. */
export const list: Operator = {
  name: 'list', call: 'list', minArgs: 0, maxArgs: Infinity, params: ['any'], result: 'list',
  evaluate: (args) => Array.from({ length: args.length }, (_, i) => args.get(i)),
};

import { textTestOperator } from './text-test.js';

/** `contains(s, part)`: true when the text contains `part` (case-sensitive); false when `s` is empty. */
export const contains = textTestOperator('contains', 'contains', (text, part) => text.includes(part));

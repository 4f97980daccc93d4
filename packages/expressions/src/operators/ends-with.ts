import { textTestOperator } from './text-test.js';

/** `endsWith(s, part)`: true when the text ends with `part` (case-sensitive); false when `s` is empty. */
export const endsWith = textTestOperator('ends_with', 'endsWith', (text, part) => text.endsWith(part));

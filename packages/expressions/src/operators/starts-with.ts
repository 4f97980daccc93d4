import { textTestOperator } from './text-test.js';

/** `startsWith(s, part)`: true when the text starts with `part` (case-sensitive); false when `s` is empty. */
export const startsWith = textTestOperator('starts_with', 'startsWith', (text, part) => text.startsWith(part));

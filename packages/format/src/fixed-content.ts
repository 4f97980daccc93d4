import type { Field } from './field.js';

/**
 * The value a `hidden` or `locked` field carries by itself: its `content.de` (format.md §5.5),
 * which the form sends and the payload schemas require; `undefined` for other fields and for a
 * hidden or locked field without content.
 */
export function fixedContent(field: Field | undefined): string | undefined {
  if (field?.control !== 'hidden' && field?.control !== 'locked') return undefined;
  const content = field.content?.de;
  return typeof content === 'string' ? content : undefined;
}

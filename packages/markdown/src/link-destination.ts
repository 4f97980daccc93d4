/** The only schemes a link may lead to (format.md §3.2). Relative destinations are not allowed. */
export const ALLOWED_LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

const ALLOWED_DESTINATION = /^(?:https?|mailto|tel):/i;

/**
 * Whether a link destination is allowed. An allow-list on the destination's very first
 * characters: anything a browser could read as another scheme (leading whitespace or control
 * characters, entity tricks already decoded by the parser) fails it.
 */
export function isAllowedLinkDestination(url: string): boolean {
  return ALLOWED_DESTINATION.test(url);
}

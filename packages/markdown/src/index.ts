// The light entry: limits, the plain-text fast path and the safe tree's types — no parser.
// The parser, the renderer and the checks are in `@fimforms/markdown/parse`, to be loaded lazily.
export { ALLOWED_LINK_SCHEMES, isAllowedLinkDestination } from './link-destination.js';
export { MARKDOWN_LIMITS, limitExceeded, type LimitExceeded } from './markdown-limits.js';
export { mayHoldFinding } from './may-hold-finding.js';
export { isPlainText, plainTextTree } from './plain-text.js';
export { SAFE_TAG_NAMES, type SafeElement, type SafeNode, type SafeRoot, type SafeTagName, type SafeText } from './safe-tree.js';

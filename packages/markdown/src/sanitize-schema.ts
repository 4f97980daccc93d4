import type { Schema } from 'hast-util-sanitize';
import { ALLOWED_LINK_SCHEMES } from './link-destination.js';
import { SAFE_TAG_NAMES } from './safe-tree.js';

/**
 * The rehype-sanitize / hast-util-sanitize schema of format.md §3.2, written from the spec rather
 * than from GitHub's default: the allowed constructs' elements, `href` with the allowed schemes,
 * an ordered list's `start`, and nothing else — no `id`, `class`, `style`, event handlers, forms,
 * frames, images, comments or doctypes.
 */
export const RESTRICTED_MARKDOWN_SCHEMA: Schema = {
  tagNames: [...SAFE_TAG_NAMES],
  attributes: { a: ['href'], ol: ['start'] },
  protocols: { href: [...ALLOWED_LINK_SCHEMES] },
  ancestors: { li: ['ol', 'ul'] },
  required: {},
  strip: ['script', 'style'],
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

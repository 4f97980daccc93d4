// The parser entry (`@fimforms/markdown/parse`): what needs the CommonMark parser.
export { MARKDOWN_FINDING_CODES, markdownFindings, type MarkdownFinding, type MarkdownFindingCode } from './markdown-findings.js';
export { parseMarkdown } from './parse-markdown.js';
export { renderMarkdown } from './render-markdown.js';
export { RESTRICTED_MARKDOWN_SCHEMA } from './sanitize-schema.js';

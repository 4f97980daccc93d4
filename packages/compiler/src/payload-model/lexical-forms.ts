/**
 * Lexical forms both payload schemas state in the one regular-expression syntax XSD patterns and
 * JSON Schema patterns share (no anchors; the JSON side anchors them): what the runtime accepts
 * as a `time` written with seconds and as a `datetime` (specs/payload.md §3.2) — seconds, an
 * optional fraction, and an offset within the ±14:00 that `xs:dateTime` allows.
 */
export const TIME_LEXICAL = '([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]';
export const DATETIME_LEXICAL = `[0-9]{4}-[0-9]{2}-[0-9]{2}T${TIME_LEXICAL}(\\.[0-9]+)?(Z|[+\\-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))`;

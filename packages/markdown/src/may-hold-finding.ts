// What a finding needs: `<` (HTML, autolinks), `#` or a setext underline (headings), `![`
// (images), a link definition or reference (`]:`, `][`), or an inline link whose destination does
// not start with an allowed scheme. Parsing costs about 2 µs per character, and most help texts
// hold none of these, or only links to https pages.
const CAN_HOLD_FINDING = /[<#]|!\[|\]:|\]\[|\]\((?!\s*(?:https?:|mailto:|tel:))|^ {0,3}(?:=+|-+)[ \t]*$/m;

/**
 * Whether parsing a text could yield a finding at all. A text for which this is false has none
 * (a property test holds it to that), so a checker may skip the parser for it.
 */
export function mayHoldFinding(text: string): boolean {
  return CAN_HOLD_FINDING.test(text);
}

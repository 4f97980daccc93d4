/**
 * A Bezug (Handlungsgrundlage / Rechtsbezug): the legal norm or standard an element or an
 * occurrence rests on. xdf2 carries one string; xdf3 `bezug*` with an optional `@link`.
 */
export interface LegalBasis {
  /**
   * The reference as written, e.g. `§ 61 AsylG vom 15.07.2024`.
   * @minLength 1
   */
  text: string;
  /**
   * A link to the norm, e.g. on gesetze-im-internet.de.
   * @format uri
   */
  link?: string;
}

/**
 * Headless presentation hints: what a renderer should prefer, never how it looks (no CSS).
 * Renderers may ignore a hint they cannot honour; they never change the data because of one.
 */
export interface PresentationHints {
  /**
   * Preferred widget for a field: `radio` and `dropdown` (select), `combobox` (long lists with
   * search), `checkbox` (bool), `switch` (bool), `textarea` (long text).
   */
  widget?: 'radio' | 'dropdown' | 'combobox' | 'checkbox' | 'switch' | 'textarea';
  /**
   * HTML autocomplete token (WHATWG "autofill detail tokens"), e.g. `given-name`,
   * `family-name`, `postal-code`, `email`, `bday`. Checked by the validator.
   */
  autocomplete?: string;
  /** HTML `inputmode`. */
  inputMode?: 'none' | 'text' | 'decimal' | 'numeric' | 'tel' | 'search' | 'email' | 'url';
  /** Width hint relative to the form column. */
  width?: 'xs' | 's' | 'm' | 'l' | 'full';
  /**
   * Rendering order among siblings when it differs from the structure order.
   * @TJS-type integer
   */
  order?: number;
}

import { css } from 'lit';

/**
 * The look of a standalone field: neutral, with the custom properties of `<fim-form>`'s theme (README,
 * Theming) and `::part()` (field, label, hint, error, control). Without them it inherits the CMS page's
 * font and colour; sizes in `em`, so the field follows the text size around it.
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block: 0 var(--fim-gap, 1.5em);
    font-family: var(--fim-font, inherit);
    color: var(--fim-text, inherit);
  }
  :host([hidden]) { display: none; }
  .field { display: flex; flex-direction: column; gap: 0.25em; }
  .label { font-weight: 600; }
  .required { font-weight: 400; color: var(--fim-muted, inherit); }
  .hint { color: var(--fim-muted, inherit); }
  .error { color: var(--fim-error, #b00020); font-weight: 600; margin: 0; }
  .control {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    max-width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.625em;
    border: 2px solid var(--fim-border, #5a5a5a);
    border-radius: var(--fim-radius, 4px);
    background: var(--fim-background, Canvas);
  }
  .control { align-self: flex-start; width: 14em; }
  .control.wide { align-self: stretch; width: 100%; }
  select.control { width: auto; }
  textarea.control { min-height: 8em; resize: vertical; }
  .control[aria-invalid='true'] { border-color: var(--fim-error, #b00020); }
  .control:focus-visible, .check input:focus-visible {
    outline: 3px solid var(--fim-focus-color, #ffbf47);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--fim-focus-ring, #1b1b1b);
  }
  .check { display: flex; gap: 0.5em; align-items: flex-start; }
  .check input { width: 1.5em; height: 1.5em; margin: 0; flex: none; accent-color: var(--fim-accent, auto); }
  .check .label { font-weight: 400; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  @media (forced-colors: active) {
    .control, .check input { border-color: CanvasText; }
    .control:focus-visible, .check input:focus-visible { outline-color: Highlight; }
  }
`;

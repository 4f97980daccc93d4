import { css } from 'lit';

/**
 * The look of a standalone field: neutral, themed through `--fim-*` custom properties and `::part()`
 * (field, label, hint, error, control). Sizes in `em`, so the field follows the CMS's font size.
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block: 0 var(--fim-field-gap, 1.5em);
    font: inherit;
    color: var(--fim-color-text, CanvasText);
  }
  :host([hidden]) { display: none; }
  .label { display: block; font-weight: 700; margin-block-end: 0.25em; }
  .required { font-weight: 400; }
  .hint { color: var(--fim-color-hint, #505a5f); margin-block-end: 0.25em; }
  .error { color: var(--fim-color-error, #b10e1e); font-weight: 700; margin: 0 0 0.25em; }
  .control {
    box-sizing: border-box;
    font: inherit;
    min-height: 2.5em;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border: 2px solid var(--fim-color-border, #0b0c0c);
    border-radius: var(--fim-radius, 0);
    background: var(--fim-color-background, Canvas);
    color: inherit;
  }
  .control.wide { width: 100%; }
  .control[aria-invalid='true'] { border-color: var(--fim-color-error, #b10e1e); }
  .control:focus-visible, .check input:focus-visible {
    outline: 3px solid var(--fim-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px currentColor;
  }
  .check { display: flex; gap: 0.5em; align-items: flex-start; }
  .check input { width: 1.5em; height: 1.5em; margin: 0; flex: none; }
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

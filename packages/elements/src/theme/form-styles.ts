import { css } from 'lit';

/**
 * The neutral default theme (specs/rendering.md §8). Everything themable is a `--fim-*` custom
 * property or a `::part()`; type in `rem` (follows the reader's text size), borders in `px`. The rules of
 * lazily loaded parts come with them (combobox-styles.ts, file-control-styles.ts, answer-styles.ts,
 * draft-styles.ts; adopted by part-styles.ts after this sheet).
 */
export const formStyles = css`
  :host {
    --fim-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --fim-text: #1b1b1b;
    --fim-muted: #4a4a4a;
    --fim-background: #ffffff;
    --fim-accent: #0b5cad;
    --fim-accent-text: #ffffff;
    --fim-border: #5a5a5a;
    --fim-error: #b00020;
    --fim-focus-color: #ffbf47;
    --fim-focus-ring: #1b1b1b;
    --fim-surface: #f3f4f6;
    --fim-radius: 4px;
    --fim-gap: 1.5rem;
    display: block;
    font-family: var(--fim-font);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--fim-text);
    background: var(--fim-background);
    max-width: 46rem;
    overflow-wrap: anywhere;
  }
  *, *::before, *::after { box-sizing: border-box; }
  [hidden] { display: none !important; }
  h2, h3 { line-height: 1.25; margin: 0 0 1rem; }
  h2 { font-size: 1.5rem; }
  h3 { font-size: 1.25rem; }
  p { margin: 0 0 0.5rem; }
  form { margin: 0; }
  /* The fieldset only carries a host form's disabled state; the fields sit in a div (see structure-view.ts). */
  .fields-frame, .group, .field { border: 0; margin: 0; padding: 0; min-width: 0; }
  .fields, .group-body, .repeat { display: flex; flex-direction: column; gap: var(--fim-gap); }
  :disabled { cursor: not-allowed; }
  .fields-frame:disabled .input, .button:disabled { opacity: 0.6; }
  .field { display: flex; flex-direction: column; gap: 0.25rem; }
  .field.invalid { border-left: 4px solid var(--fim-error); padding-left: 0.75rem; }
  .label { font-weight: 600; padding: 0; overflow-wrap: anywhere; }
  .required { font-weight: 400; color: var(--fim-muted); }
  .hint { color: var(--fim-muted); }
  .hint p:last-child, .help > :last-child { margin-bottom: 0; }
  .help ul, .help ol { margin: 0 0 0.5rem; padding-left: 1.25rem; }
  .help a { color: var(--fim-accent); }
  .error { color: var(--fim-error); font-weight: 600; margin: 0; }
  .input {
    font: inherit; color: inherit; background: var(--fim-background);
    width: 100%; max-width: 100%; min-height: 2.75rem; padding: 0.5rem 0.625rem;
    border: 2px solid var(--fim-border); border-radius: var(--fim-radius);
  }
  .input.xs { max-width: 6rem; } .input.s { max-width: 12rem; } .input.m { max-width: 24rem; }
  textarea.input { min-height: 8rem; resize: vertical; }
  .invalid .input { border-color: var(--fim-error); }
  .input[readonly] { background: var(--fim-surface); }
  .money { flex-flow: row wrap; align-items: center; column-gap: 0.5rem; }
  .money > * { flex-basis: 100%; }
  .money > .input { flex: 0 1 14.75rem; }
  .unit { flex: none; font-weight: 600; }
  :focus-visible, .input:focus, input[type='radio']:focus, input[type='checkbox']:focus {
    outline: 3px solid var(--fim-focus-color); outline-offset: 2px; box-shadow: 0 0 0 2px var(--fim-focus-ring);
  }
  [tabindex='-1']:focus { outline: none; box-shadow: none; }
  .radios { display: flex; flex-direction: column; gap: 0.5rem; }
  .radios.inline { flex-direction: row; flex-wrap: wrap; gap: 1.5rem; }
  .radio, .checkbox { display: flex; align-items: flex-start; gap: 0.625rem; }
  .radio input, .checkbox input { width: 1.5rem; height: 1.5rem; margin: 0; flex: none; accent-color: var(--fim-accent); }
  .radio label, .checkbox label { padding-top: 0.0625rem; overflow-wrap: anywhere; }
  /*
   * A keystroke lays out and paints only the group it changes: without layout containment, a changed value
   * (a computed field, a shown hint) re-ran layout and pre-paint of every group of a long form (2,000 fields:
   * 9 → 2 ms per frame). Unlike content-visibility, containment keeps every control in the accessibility tree,
   * and unlike paint containment it clips nothing (focus rings stay visible).
   */
  .fields > *, .group, .repeat { contain: layout style; }
  .group > legend { font-size: 1.25rem; font-weight: 700; padding: 0; margin-bottom: 0.5rem; overflow-wrap: anywhere; }
  .group .group { border-left: 4px solid var(--fim-surface); padding-left: 1rem; }
  .group .group > legend { font-size: 1.125rem; }
  .repeat-title { font-size: 1.25rem; font-weight: 700; margin: 0; }
  .description { margin-bottom: var(--fim-gap); }
  .repeat-item { display: flex; flex-direction: column; gap: 0.5rem; }
  /* Instances and their fields span the width; add and remove buttons keep their own. */
  .repeat > .button, .repeat-item > .button { align-self: flex-start; }
  .notice { border-left: 4px solid var(--fim-accent); background: var(--fim-surface); padding: 0.75rem 1rem; }
  .notice-title { font-weight: 600; }
  .readonly .value { margin: 0; font-weight: 400; }
  .locked { margin: 0; display: flex; flex-direction: column; gap: 0.25rem; }
  .button {
    font: inherit; font-weight: 600; min-height: 2.75rem; min-width: 2.75rem; padding: 0.5rem 1.25rem; cursor: pointer;
    color: var(--fim-accent-text); background: var(--fim-accent); border: 2px solid var(--fim-accent); border-radius: var(--fim-radius);
    transition: background-color 0.15s ease-out, color 0.15s ease-out;
  }
  .button:hover { background: var(--fim-accent-hover, #084a8c); border-color: var(--fim-accent-hover, #084a8c); }
  .button.secondary { color: var(--fim-accent); background: var(--fim-background); }
  .button.secondary:hover { background: var(--fim-surface); }
  .actions { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 2rem; }
  .summary { border: 4px solid var(--fim-error); padding: 1rem 1.25rem; margin-bottom: 2rem; }
  .summary-title { font-size: 1.25rem; }
  .summary ul { margin: 0; padding-left: 1.25rem; }
  /* Inline links wrap under their text, so the bullet (outside, on the first line box) stays on the first line. */
  .summary li { margin: 0.25rem 0; padding: 0.125rem 0; line-height: 1.5; list-style-position: outside; }
  .summary a { color: var(--fim-error); font-weight: 600; }
  .steps { margin-bottom: 1.5rem; }
  .step-count { color: var(--fim-muted); margin: 0 0 0.25rem; }
  .steps ol { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
  .steps li { color: var(--fim-muted); }
  .steps li.current { color: var(--fim-text); font-weight: 700; text-decoration: underline; text-underline-offset: 0.25em; }
  .steps li.done::before { content: '✓ '; }
  .status { border-left: 4px solid var(--fim-error); padding: 0.5rem 1rem; }
  .draft-status { color: var(--fim-muted); margin-top: 0.75rem; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  @media (max-width: 30rem) {
    .actions { flex-direction: column-reverse; }
    .actions .button { width: 100%; }
  }
  @media (forced-colors: active) {
    .field.invalid, .notice, .summary, .status { border-color: CanvasText; }
    :focus-visible, .input:focus { outline-color: Highlight; }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
  @media print {
    :host { max-width: none; }
    .actions, .steps { display: none !important; }
  }
`;

import { css } from 'lit';

/** The file control (controls/file-control.ts), adopted when its part is first rendered (part-styles.ts). */
export const fileControlStyles = css`
  .button.link { color: var(--fim-accent); background: none; border: 0; padding: 0.25rem 0.5rem; text-decoration: underline; min-height: 1.5rem; }
  .files { margin: 0; padding-left: 1.25rem; }
  /* Each file's remove button on its own line under the name, aligned with it, however long the name. */
  .files .button.link { display: block; padding-inline: 0; text-align: start; }
  .file { font: inherit; max-width: 100%; }
`;

import { css } from 'lit';

/** Form and panels side by side from 70rem, stacked below; code blocks scroll inside themselves. */
export const workbenchStyles = css`
  :host { display: block; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1b; }
  .layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); padding: 1rem; }
  @media (min-width: 70rem) { .layout { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } }
  h2 { font-size: 1.25rem; margin: 0 0 0.75rem; }
  details { border: 1px solid #c9c9c9; border-radius: 4px; margin-bottom: 0.5rem; }
  summary { cursor: pointer; padding: 0.5rem 0.75rem; font-weight: 600; min-height: 24px; }
  summary:focus-visible, pre:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
  .body { padding: 0 0.75rem 0.75rem; }
  pre { margin: 0; background: #f3f3f3; padding: 0.75rem; overflow: auto; max-height: 24rem; font-size: 0.8rem; white-space: pre; }
  ul.findings { margin: 0; padding-left: 1.25rem; font-family: ui-monospace, monospace; font-size: 0.8rem; overflow-wrap: anywhere; }
  .error { color: #a00000; }
  .warning { color: #6b4a00; }
  .note { color: #4a4a4a; margin: 0 0 0.5rem; }
`;

import { css } from 'lit';

/**
 * The drafts panel (controls/draft-panel.ts), adopted when its part is first rendered (part-styles.ts). The status
 * line after saving (`.draft-status`) is the form's own and stays in theme/form-styles.ts.
 */
export const draftStyles = css`
  .draft { border: 2px solid var(--fim-border); border-radius: var(--fim-radius); padding: 1rem 1.25rem; margin-bottom: 1.5rem; }
  .draft-title { font-weight: 700; font-size: 1.125rem; }
  .draft-actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 0.75rem; }
`;

import { css } from 'lit';

/** The combobox of long code lists (controls/combobox.ts), adopted when its part is first rendered (part-styles.ts). */
export const comboboxStyles = css`
  .combobox { position: relative; }
  .combobox::after { content: '▾'; position: absolute; right: 0.75rem; top: 1.375rem; transform: translateY(-50%); pointer-events: none; }
  .combobox .input { padding-right: 2rem; }
  .listbox {
    list-style: none; margin: 0.25rem 0 0; padding: 0; max-height: 16rem; overflow-y: auto;
    border: 2px solid var(--fim-border); border-radius: var(--fim-radius); background: var(--fim-background);
  }
  .option { padding: 0.5rem 0.625rem; min-height: 2.75rem; cursor: pointer; }
  .option[aria-selected='true'] { background: var(--fim-accent); color: var(--fim-accent-text); outline: 2px solid transparent; }
  @media (forced-colors: active) {
    .option[aria-selected='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
`;

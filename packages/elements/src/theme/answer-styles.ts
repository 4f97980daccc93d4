import { css } from 'lit';

/**
 * The review page and the receipt with their answer lists (controls/answer-views.ts, answer-list.ts), adopted when
 * their part is first rendered (part-styles.ts).
 */
export const answerStyles = css`
  .section-title, .review h4 { font-weight: 700; font-size: 1.125rem; margin: 1.5rem 0 0.25rem; }
  .section-title[aria-level='5'] { font-size: 1rem; margin-top: 1rem; }
  .answers { margin: 0 0 1.5rem; }
  .answer { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto; gap: 0.25rem 1rem; padding: 0.75rem 0; border-bottom: 1px solid var(--fim-border); }
  .answer dt { font-weight: 600; overflow-wrap: anywhere; }
  .answer dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
  .answer a { color: var(--fim-accent); }
  .confirmation-box { background: #0b6b3a; color: #fff; padding: 1.5rem; margin-bottom: 1.5rem; }
  .confirmation-box h2 { margin-bottom: 0.5rem; }
  .reference { font-size: 1.5rem; font-weight: 700; letter-spacing: 0.05em; }
  @media (max-width: 30rem) {
    .answer { grid-template-columns: minmax(0, 1fr); }
  }
  @media print {
    .change { display: none !important; }
    .confirmation-box { background: none; color: inherit; border: 2px solid; }
    .answer { break-inside: avoid; }
  }
`;

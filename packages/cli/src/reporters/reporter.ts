import type { FileReport, RunSummary } from './file-report.js';

/** Formats a run's findings for one output format; returns the complete text to write to stdout. */
export type Reporter = (reports: readonly FileReport[], summary: RunSummary, lang: 'de' | 'en', toolVersion: string) => string;

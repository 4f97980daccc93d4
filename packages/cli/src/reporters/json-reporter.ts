import { printableJson } from './printable-json.js';
import type { Reporter } from './reporter.js';

/**
 * Machine-readable output: `{ version: 1, tool, summary, files: [{ file, valid, diagnostics }] }`
 * with the diagnostics exactly as the validator returns them (both languages), in JSON that is
 * safe to print (see printableJson).
 */
export const jsonReporter: Reporter = (reports, summary, _lang, toolVersion) => {
  const files = reports.map((r) => ({ file: r.file, valid: !r.diagnostics.some((d) => d.severity === 'error'), diagnostics: r.diagnostics }));
  return printableJson({ version: 1, tool: { name: 'fimforms', version: toolVersion }, summary, files }) + '\n';
};

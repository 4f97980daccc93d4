import { printableJson } from './printable-json.js';
import type { Reporter } from './reporter.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0 (OASIS) for code scanning: one run, one rule per diagnostic code used, one result
 * per finding with its file (relative URI) and region.
 */
export const sarifReporter: Reporter = (reports, _summary, lang, toolVersion) => {
  const rules = new Map<string, { id: string; shortDescription: { text: string } }>();
  const results = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (!rules.has(d.code)) rules.set(d.code, { id: d.code, shortDescription: { text: d.code } });
      const position = d.position ?? { line: 1, column: 1 };
      results.push({
        ruleId: d.code,
        level: LEVEL[d.severity],
        message: { text: d.message[lang] + (d.hint ? ` ${d.hint[lang]}` : '') },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(wellFormed(report.file.replaceAll('\\', '/'))) },
              region: { startLine: position.line, startColumn: position.column },
            },
            ...(d.pointer !== '' ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'member' }] } : {}),
          },
        ],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'fimforms', version: toolVersion, informationUri: 'https://fimforms.de', rules: [...rules.values()] } },
        results,
      },
    ],
  };
  return printableJson(log) + '\n';
};

// encodeURI throws on an unpaired surrogate; such a name cannot be a URI, so it gets U+FFFD there.
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDefinition } from './support/check-definition.js';
import { CORPUS, corpusAvailable } from './support/corpus.js';
import { importFimSchema } from './support/import-fim.js';

// Every XDatenfelder Stammdatenschema message of the corpus (genericode lists and other XML excluded).
function fimSchemas(): string[] {
  const root = path.join(CORPUS, 'fim');
  const found: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.xml') && /xdatenfelder\.stammdatenschema\.0102/.test(fs.readFileSync(file, 'utf8').slice(0, 4000))) found.push(file);
    }
  };
  if (fs.existsSync(root)) walk(root);
  return found.sort();
}

describe.runIf(corpusAvailable())('real FIM schemas of the corpus, imported with @fimforms/xdatenfelder', () => {
  const files = fimSchemas();
  it('the corpus holds Stammdatenschema messages', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`${path.relative(CORPUS, file)}: schemas compile, pass C1/C4/C5, and the sample payloads validate`, async () => {
      const imported = await importFimSchema(file);
      if ('unsupported' in imported) {
        // XDatenfelder 1 and unknown namespaces are out of the importer's scope (specs/xdatenfelder.md).
        expect(imported.unsupported).toBe('xdf-unsupported-version');
        return;
      }
      checkDefinition(imported.definition);
      checkDefinition(imported.definition, { naming: 'fim-id' });
    });
  }
});

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { FormDefinition } from '@fimforms/format';
import type { TestProject } from 'vitest/node';

/** A real FIM schema of the corpus, imported for the browser tests. */
export interface CorpusDefinition {
  name: string;
  definition: FormDefinition;
}

declare module 'vitest' {
  export interface ProvidedContext {
    corpusDefinitions: CorpusDefinition[];
  }
}

/**
 * Imports every Stammdatenschema of the real corpus with @fimforms/xdatenfelder (in Node: it reads
 * files) and hands the definitions to the browser tests. Under CI=true a missing corpus fails.
 */
export default async function setup(project: TestProject): Promise<void> {
  const { corpusAvailable, corpusXmlFiles } = await import('@fimforms/test-corpus');
  const definitions: CorpusDefinition[] = [];
  if (corpusAvailable()) {
    const { importXdf } = await import('@fimforms/xdatenfelder');
    for (const file of corpusXmlFiles()) {
      if (!file.root.startsWith('xdatenfelder.stammdatenschema')) continue;
      const directory = path.dirname(file.file);
      const codeLists = readdirSync(directory)
        .filter((name) => name.endsWith('.xml') && name !== path.basename(file.file))
        .map((name) => readFileSync(path.join(directory, name), 'utf8'))
        .filter((text) => text.includes('genericode'));
      const result = importXdf(readFileSync(file.file, 'utf8'), { file: file.file, codeLists });
      if (result.definition) definitions.push({ name: file.name, definition: result.definition });
    }
  }
  project.provide('corpusDefinitions', definitions);
}

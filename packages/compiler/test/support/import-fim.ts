import fs from 'node:fs';
import path from 'node:path';
import type { FormDefinition } from '@fimforms/format';

/**
 * Imports a real XDatenfelder file with @fimforms/xdatenfelder (a workspace package, loaded by
 * name at test time), resolving genericode lists that lie next to it. Files of an XDatenfelder
 * version the importer does not read come back as `unsupported`; any other import failure throws.
 */
export async function importFimSchema(file: string): Promise<{ definition: FormDefinition } | { unsupported: string }> {
  const { importXdf } = (await import('@fimforms/xdatenfelder' as string)) as {
    importXdf(xml: string, options?: { file?: string; codeLists?: string[] }): { definition?: FormDefinition; report: { diagnostics: { code: string }[] } };
  };
  const directory = path.dirname(file);
  const codeLists = fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.xml') && name !== path.basename(file))
    .map((name) => fs.readFileSync(path.join(directory, name), 'utf8'))
    .filter((text) => text.includes('genericode'));
  const result = importXdf(fs.readFileSync(file, 'utf8'), { file, codeLists });
  const unsupported = result.report.diagnostics.find((diagnostic) => diagnostic.code === 'xdf-unsupported-version');
  if (unsupported) return { unsupported: unsupported.code };
  if (!result.definition) throw new Error(`import failed: ${JSON.stringify(result.report.diagnostics).slice(0, 500)}`);
  return { definition: result.definition };
}

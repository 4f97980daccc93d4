import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Validates XML documents against an XSD with libxml2's `xmllint` in one batch call (one
 * process for all files keeps it fast). Returns the error lines per document name.
 */
export function validateWithXmllint(documents: { name: string; xml: string }[], xsd: string): Map<string, string[]> {
  const directory = mkdtempSync(path.join(tmpdir(), 'fimforms-xdf-'));
  const files = documents.map((document, index) => {
    const file = path.join(directory, `${index}.xml`);
    writeFileSync(file, document.xml);
    return file;
  });
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, ...files], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (result.error) throw result.error;
  const errors = new Map<string, string[]>();
  for (const line of result.stderr.split('\n')) {
    const index = files.findIndex((file) => line.startsWith(`${file}:`) || line === `${file} fails to validate`);
    if (index < 0 || line.endsWith('validates')) continue;
    const name = documents[index]!.name;
    errors.set(name, [...(errors.get(name) ?? []), line]);
  }
  return errors;
}

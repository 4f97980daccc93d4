import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIN_91379_LOCATION, XOEV_CODE_LOCATION } from '../../src/index.js';
import { xmlCatalog, XOEV_LIBRARY } from '@fimforms/test-corpus';

/** Outcome of validating one document. */
export interface XmlValidation {
  valid: boolean;
  errors: string;
}

/**
 * An OASIS XML catalog mapping the official XÖV library locations to the unmodified corpus
 * copies (xoev-primer.md §8.1), so `xmllint --nonet` compiles generated schemas offline.
 */
export function xoevCatalog(): string {
  return xmlCatalog({
    [XOEV_CODE_LOCATION]: path.join(XOEV_LIBRARY, 'xoev-code.xsd'),
    [DIN_91379_LOCATION]: path.join(XOEV_LIBRARY, 'din-norm-91379-datatypes.xsd'),
  });
}

/**
 * Validates documents against an XSD with the system xmllint, offline, in ONE process call
 * (batched to keep tests fast). Returns one result per document, in order.
 */
export function validateWithXmllint(xsd: string, documents: string[]): XmlValidation[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fimforms-xsd-'));
  try {
    const schema = path.join(dir, 'payload.xsd');
    fs.writeFileSync(schema, xsd);
    const files = documents.map((document, index) => {
      const file = path.join(dir, `doc${index}.xml`);
      fs.writeFileSync(file, document);
      return file;
    });
    const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, ...files], {
      env: { ...process.env, XML_CATALOG_FILES: xoevCatalog() },
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const output = run.stderr;
    if (/failed to compile|Schemas parser error/.test(output)) throw new Error(`XSD does not compile:\n${output}`);
    return files.map((file) => {
      const valid = output.includes(`${file} validates`);
      const errors = output
        .split('\n')
        .filter((line) => line.startsWith(`${file}:`))
        .join('\n');
      if (!valid && !output.includes(`${file} fails to validate`)) throw new Error(`xmllint gave no verdict for ${file}:\n${output}`);
      return { valid, errors };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * C1 (xoev-primer.md §8): the schema compiles offline — validating a foreign root fails only
 * with "No matching global declaration available for the validation root".
 */
export function compileCheck(xsd: string): string[] {
  const [result] = validateWithXmllint(xsd, ['<notThePayload/>\n']);
  const lines = result!.errors.split('\n').filter((line) => line !== '');
  return lines.filter((line) => !line.includes('No matching global declaration available for the validation root'));
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIN_91379_LOCATION, XOEV_CODE_LOCATION } from '@fimforms/compiler';
import { xmlCatalog, XOEV_LIBRARY } from '@fimforms/test-corpus';

/**
 * An OASIS XML catalog mapping the official XÖV library locations that generated schemas import
 * to the unmodified corpus copies, so `xmllint --nonet` validates offline.
 */
function xoevCatalog(): string {
  return xmlCatalog({
    [XOEV_CODE_LOCATION]: path.join(XOEV_LIBRARY, 'xoev-code.xsd'),
    [DIN_91379_LOCATION]: path.join(XOEV_LIBRARY, 'din-norm-91379-datatypes.xsd'),
  });
}

/**
 * Validates XML files against an XSD with libxml2's xmllint, offline, in one process. Returns
 * the problems per file (an empty object when every file validates); a schema that does not
 * compile or a file without verdict is a problem too.
 */
export function xmllintProblems(xsd: string, files: readonly string[]): { [file: string]: string } {
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', xsd, ...files], {
    env: { ...process.env, XML_CATALOG_FILES: xoevCatalog() },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (run.error) throw run.error;
  const problems: { [file: string]: string } = {};
  if (/failed to compile|Schemas parser error/.test(run.stderr)) problems[xsd] = run.stderr;
  for (const file of files) {
    if (run.stderr.includes(`${file} validates`)) continue;
    problems[file] = run.stderr.split('\n').filter((line) => line.startsWith(file)).join('\n') || run.stderr;
  }
  return problems;
}

/**
 * Problems compiling an XSD offline: validating a foreign root may only fail with "No matching
 * global declaration available for the validation root" (the check of the compiler's tests).
 */
export function xsdCompileProblems(xsd: string): string[] {
  const document = path.join(mkdtempSync(path.join(tmpdir(), 'fimforms-cli-foreign-')), 'foreign.xml');
  writeFileSync(document, '<notThePayload/>\n');
  const problems = xmllintProblems(xsd, [document]);
  return Object.values(problems)
    .flatMap((text) => text.split('\n'))
    .filter((line) => line !== '' && !line.includes('No matching global declaration available for the validation root') && !line.endsWith('fails to validate'));
}

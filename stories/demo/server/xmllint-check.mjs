// @ts-check
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIN_91379_LOCATION, XOEV_CODE_LOCATION } from '@fimforms/compiler';

const XMLLINT = '/usr/bin/xmllint';

/**
 * Where the unmodified XÖV library (xoev-code, DIN 91379) lies in the corpus: the compiled XSD
 * imports it by its official URLs, which an offline machine resolves through an XML catalog.
 * @param {string} corpus
 */
function xoevLibrary(corpus) {
  return path.join(corpus, 'xoev', 'demos-europe__demosplan-addon-xbeteiligung-async', 'xsd');
}

/**
 * Validates an XML payload against its compiled XSD with xmllint, offline. Returns
 * `{ checked: false, reason }` when xmllint or the XÖV library is missing.
 * @param {string} xsd
 * @param {string} xml
 * @param {string} corpus
 * @returns {{ checked: true, valid: boolean, schemaCompiles: boolean, output: string } | { checked: false, reason: { de: string, en: string } }}
 */
export function checkXmlPayload(xsd, xml, corpus) {
  if (!existsSync(XMLLINT)) return { checked: false, reason: { de: 'xmllint ist nicht installiert.', en: 'xmllint is not installed.' } };
  const library = xoevLibrary(corpus);
  if (!existsSync(path.join(library, 'xoev-code.xsd'))) {
    return { checked: false, reason: { de: `Die XÖV-Bibliothek fehlt (${library}); offline lässt sich das XSD nicht übersetzen.`, en: `The XÖV library is missing (${library}); the XSD cannot be compiled offline.` } };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'fimforms-demo-'));
  try {
    const catalog = path.join(dir, 'catalog.xml');
    const entries = [
      [XOEV_CODE_LOCATION, path.join(library, 'xoev-code.xsd')],
      [DIN_91379_LOCATION, path.join(library, 'din-norm-91379-datatypes.xsd')],
    ].map(([systemId, file]) => `  <system systemId="${systemId}" uri="${pathToFileURL(/** @type {string} */ (file)).href}"/>`);
    writeFileSync(catalog, `<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n${entries.join('\n')}\n</catalog>\n`);
    writeFileSync(path.join(dir, 'payload.xsd'), xsd);
    writeFileSync(path.join(dir, 'payload.xml'), xml);
    const run = spawnSync(XMLLINT, ['--nonet', '--noout', '--schema', 'payload.xsd', 'payload.xml'], {
      cwd: dir,
      env: { ...process.env, XML_CATALOG_FILES: catalog },
      encoding: 'utf8',
      timeout: 20_000,
    });
    const output = (run.stderr ?? '').trim();
    // "failed to compile" is about the XSD itself (a compiler fault), not about the payload.
    const schemaCompiles = !/failed to compile|Schemas parser error/.test(output);
    return { checked: true, valid: schemaCompiles && run.status === 0 && output.includes('payload.xml validates'), schemaCompiles, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const written = new Map<string, string>();

/**
 * An OASIS XML catalog file that maps schema locations (the official XÖV library URLs that
 * generated schemas import) to local files, for `XML_CATALOG_FILES`, so `xmllint --nonet`
 * compiles them offline. One file per distinct mapping, written once per process.
 */
export function xmlCatalog(locations: { [systemId: string]: string }): string {
  const entries = Object.entries(locations)
    .map(([systemId, file]) => {
      const uri = pathToFileURL(file).href;
      return `  <system systemId="${systemId}" uri="${uri}"/>\n  <uri name="${systemId}" uri="${uri}"/>`;
    })
    .join('\n');
  let catalog = written.get(entries);
  if (catalog === undefined) {
    catalog = path.join(mkdtempSync(path.join(tmpdir(), 'fimforms-catalog-')), 'catalog.xml');
    writeFileSync(catalog, `<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n${entries}\n</catalog>\n`);
    written.set(entries, catalog);
  }
  return catalog;
}

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (packages/compiler/test/support → four levels up). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/** The shared fixture corpus: FIMFORMS_CORPUS, else ../shared/fixtures next to the repository. */
export const CORPUS = process.env['FIMFORMS_CORPUS'] ?? path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');

/** True when the corpus is there. In CI a missing corpus is an error, never a silent skip. */
export function corpusAvailable(): boolean {
  const present = fs.existsSync(path.join(CORPUS, 'xoev'));
  if (!present && process.env['CI'] === 'true') throw new Error(`Fixture corpus missing at ${CORPUS}`);
  return present;
}

/** Directory of the unmodified XÖV library copies (xoev-code, DIN 91379). */
export const XOEV_LIBRARY = path.join(CORPUS, 'xoev', 'demos-europe__demosplan-addon-xbeteiligung-async', 'xsd');

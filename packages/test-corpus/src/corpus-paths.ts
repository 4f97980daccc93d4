import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (packages/test-corpus/dist → three levels up). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Where the shared real-data corpus is: `FIMFORMS_CORPUS`, else `../shared/fixtures` beside the
 * repository, read from the environment when called. Tests and the catalogue read it in place;
 * it is never copied into the repository.
 */
export function corpusLocation(): string {
  return process.env['FIMFORMS_CORPUS'] ?? path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');
}

/** The corpus where {@link corpusLocation} found it when this module was loaded. */
export const CORPUS = corpusLocation();

/** Real XDatenfelder messages and genericode lists, one folder per source repository. */
export const FIM_CORPUS = path.join(CORPUS, 'fim');

/** The official XDatenfelder 2.0 XSD entry point (its imports are relative, so it compiles offline). */
export const XDF2_XSD = path.join(FIM_CORPUS, 'escalon__glykon', 'xdatenfelder', '2.0', 'xdatenfelder.xsd');

/** The official XDatenfelder 3.0.0 XSD entry point. */
export const XDF3_XSD = path.join(FIM_CORPUS, 'escalon__glykon', 'xdatenfelder', '3.0.0', 'xdatenfelder.xsd');

/** Unmodified copies of the XÖV library (xoev-code, DIN 91379) that generated payload schemas import. */
export const XOEV_LIBRARY = path.join(CORPUS, 'xoev', 'demos-europe__demosplan-addon-xbeteiligung-async', 'xsd');

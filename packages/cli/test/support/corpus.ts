import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (packages/cli/test/support → four levels up). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/** The shared real-data corpus: FIMFORMS_CORPUS, else ../shared/fixtures beside the repository. */
export const CORPUS = process.env['FIMFORMS_CORPUS'] ?? path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');

/** The official XDatenfelder 3.0.0 XSD (the message schemas include the Baukasten and data types). */
export const XDF3_XSD = path.join(CORPUS, 'fim', 'escalon__glykon', 'xdatenfelder', '3.0.0', 'xdatenfelder.xsd');

/** Unmodified copies of the XÖV library (xoev-code, DIN 91379) that generated payload schemas import. */
export const XOEV_LIBRARY = path.join(CORPUS, 'xoev', 'demos-europe__demosplan-addon-xbeteiligung-async', 'xsd');

/** The hand-written XDatenfelder and genericode fixtures of @fimforms/xdatenfelder (read, never copied into the repo). */
export const XDF_FIXTURES = path.join(REPO_ROOT, 'packages', 'xdatenfelder', 'test', 'fixtures');

/**
 * Fails when the corpus is missing, in CI and locally alike: the tests that use it check real
 * data and official schemas, and a skipped check would pass a broken checkout.
 */
export function requireCorpus(): void {
  for (const needed of [path.join(CORPUS, 'fim'), XDF3_XSD, XOEV_LIBRARY]) {
    if (!existsSync(needed)) throw new Error(`Real-data corpus missing: ${needed} (set FIMFORMS_CORPUS or provide ../shared/fixtures)`);
  }
}

/** A corpus XML file with the namespace and local name of its root element. */
export interface CorpusFile {
  file: string;
  /** Path below `fim/`, for test names and reports. */
  name: string;
  namespace: string;
  root: string;
}

/** Every `.xml` file under `fim/`, classified by its root element's namespace (never by file name). */
export function corpusXmlFiles(): CorpusFile[] {
  const base = path.join(CORPUS, 'fim');
  const files: CorpusFile[] = [];
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.xml')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const head = readFileSync(file, 'utf8').slice(0, 4000);
    const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>]/.exec(head.replace(/<\?[^?]*\?>|<!--[\s\S]*?-->/g, ''));
    if (!root) continue;
    const prefix = root[1]?.slice(0, -1);
    const declaration = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}="([^"]*)"`).exec(head);
    files.push({ file, name: path.relative(base, file), namespace: declaration?.[1] ?? '', root: root[2]! });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

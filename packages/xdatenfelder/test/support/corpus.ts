import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/** The shared fixture corpus (`FIMFORMS_CORPUS`, else `../shared/fixtures` beside the repo). */
export const CORPUS = process.env['FIMFORMS_CORPUS'] ?? path.resolve(REPO_ROOT, '..', 'shared', 'fixtures');

/** The official XDatenfelder 3.0.0 XSD entry point inside the corpus. */
export const XSD3 = path.join(CORPUS, 'fim', 'escalon__glykon', 'xdatenfelder', '3.0.0', 'xdatenfelder.xsd');

/**
 * Whether the corpus is there. Under `CI=true` a missing corpus is an error, so a broken
 * checkout can never pass by skipping the real-data tests.
 */
export function corpusAvailable(): boolean {
  const present = existsSync(path.join(CORPUS, 'fim'));
  if (!present && process.env['CI'] === 'true') throw new Error(`Real-data corpus missing at ${CORPUS} (CI=true)`);
  return present;
}

/** A corpus XML file with the namespace of its root element. */
export interface CorpusFile {
  file: string;
  /** Path below `fim/`, for test names. */
  name: string;
  namespace: string;
  root: string;
}

/** Every `.xml` file under `fim/`, classified by the namespace of its root element (never by file name). */
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

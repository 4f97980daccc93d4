import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIM_CORPUS } from './corpus-paths.js';

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
  const files: CorpusFile[] = [];
  for (const entry of readdirSync(FIM_CORPUS, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.xml')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const head = readFileSync(file, 'utf8').slice(0, 4000);
    const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>]/.exec(head.replace(/<\?[^?]*\?>|<!--[\s\S]*?-->/g, ''));
    if (!root) continue;
    const prefix = root[1]?.slice(0, -1);
    const declaration = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}="([^"]*)"`).exec(head);
    files.push({ file, name: path.relative(FIM_CORPUS, file), namespace: declaration?.[1] ?? '', root: root[2]! });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

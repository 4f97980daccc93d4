import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '@fimforms/format';
import { corpusLocation } from '@fimforms/test-corpus';
import { importXdf, XDF2_NAMESPACE, XDF3_NAMESPACE } from '@fimforms/xdatenfelder';

/**
 * The real FIM corpus, read in place at build time and never copied into the repository, where
 * @fimforms/test-corpus locates it for the tests (`$FIMFORMS_CORPUS`, else `../shared/fixtures`
 * beside the checkout).
 */
export const CORPUS_DIR = realPath(corpusLocation());

/** Vite hands plugins resolved real paths, so a corpus reached through a symbolic link must be named by its real path too. */
function realPath(dir: string): string {
  return existsSync(dir) ? realpathSync(dir) : dir;
}

const FIM_DIR = path.join(CORPUS_DIR, 'fim');
const ROOT_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?xdatenfelder\.stammdatenschema\.0102[\s>]/;

/** A Stammdatenschema of the corpus, imported into a definition. */
export interface CorpusForm {
  file: string;
  /** Path below `fim/`. */
  name: string;
  title: string;
  /** The imported definition as JSON text (the catalogue's findings are located in it). */
  definitionText: string | undefined;
  importFindings: Diagnostic[];
}

/**
 * Every XDatenfelder 2.0/3.0.0 Stammdatenschema of the corpus, except test scaffolding (`tests/`
 * folders) and pretty-printed duplicates; one that does not import shows its findings instead of
 * a form. None when the corpus is absent: the catalogue then builds with the examples only.
 */
export function corpusFormFiles(): string[] {
  if (!existsSync(FIM_DIR)) return [];
  return readdirSync(FIM_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.xml') && !entry.name.includes('_pretty'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.split(path.sep).includes('tests'))
    .filter((file) => isSupportedSchema(readFileSync(file, 'utf8').slice(0, 4000)))
    .sort();
}

function isSupportedSchema(head: string): boolean {
  return ROOT_ELEMENT.test(head) && (head.includes(`"${XDF2_NAMESPACE}"`) || head.includes(`"${XDF3_NAMESPACE}"`));
}

const imported = new Map<string, CorpusForm>();

/** Imports one corpus file (once per build). */
export function corpusForm(file: string): CorpusForm {
  const known = imported.get(file);
  if (known) return known;
  const name = path.relative(FIM_DIR, file);
  const result = importXdf(readFileSync(file), { file: name });
  const definition = result.definition;
  const failed = result.report.diagnostics.some((d) => d.severity === 'error');
  const form: CorpusForm = {
    file,
    name,
    title: definition ? `${definition.title.de} (${definition.fim?.id ?? definition.name})`.replaceAll('/', '∕') : name,
    definitionText: definition && !failed ? `${JSON.stringify(definition, null, 2)}\n` : undefined,
    importFindings: result.report.diagnostics,
  };
  imported.set(file, form);
  return form;
}

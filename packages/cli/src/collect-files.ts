import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '@fimforms/format';
import { globBase, globToRegExp, isGlob } from './glob-pattern.js';

/** Input files found for a run, and problems met while looking (each tied to the argument or directory). */
export interface CollectedFiles {
  files: string[];
  problems: Array<{ file: string; diagnostic: Diagnostic }>;
}

/** Codes of problems of the run itself (I/O), documented in specs/diagnostics.md; they make the exit code 2. */
export const CLI_CODES: readonly string[] = ['cli-path-not-found', 'cli-no-match', 'cli-file-unreadable', 'cli-file-unwritable', 'cli-output-is-input'];

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/**
 * Expands command-line arguments into files: a file as given, a directory recursively to its
 * `*.json` files, a glob by walking from its static prefix. Missing paths, globs without match
 * and unreadable directories become diagnostics; everything else is still collected.
 */
export function collectFiles(args: readonly string[], cwd: string): CollectedFiles {
  const files = new Set<string>();
  const problems: CollectedFiles['problems'] = [];
  const walk = (directory: string, accept: (file: string) => boolean) => {
    const stack = [directory];
    while (stack.length > 0) {
      const current = stack.pop()!;
      let entries;
      try {
        entries = readdirSync(current, { withFileTypes: true });
      } catch (error) {
        problems.push({ file: current, diagnostic: unreadable(error) });
        continue;
      }
      const sorted = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const directories: string[] = [];
      for (const entry of sorted) {
        const full = path.join(current, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) directories.push(full);
        } else if (accept(full)) files.add(full);
      }
      // Pushed in reverse so they are popped, and their files listed, in name order.
      for (const directory of directories.reverse()) stack.push(directory);
    }
  };
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    if (isGlob(arg)) {
      const normalized = arg.replaceAll('\\', '/');
      const pattern = globToRegExp(path.resolve(cwd, normalized).replaceAll('\\', '/'));
      const before = files.size;
      walk(path.resolve(cwd, globBase(normalized)), (file) => pattern.test(file.replaceAll('\\', '/')));
      if (files.size === before) problems.push({ file: arg, diagnostic: noMatch(arg) });
      continue;
    }
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      problems.push({ file: arg, diagnostic: notFound(arg) });
      continue;
    }
    if (stats.isDirectory()) walk(absolute, (file) => file.endsWith('.json'));
    else files.add(absolute);
  }
  return { files: [...files], problems };
}

/** The diagnostic for a file or directory that cannot be read. */
export function unreadable(error: unknown): Diagnostic {
  const reason = typeof error === 'string' ? error : ((error as NodeJS.ErrnoException | undefined)?.code ?? String(error));
  return {
    code: 'cli-file-unreadable',
    severity: 'error',
    pointer: '',
    position: { line: 1, column: 1 },
    message: { de: `Die Datei oder das Verzeichnis ist nicht lesbar (${reason}).`, en: `The file or directory cannot be read (${reason}).` },
  };
}

/** The diagnostic for a path argument that does not exist. */
export function notFound(arg: string): Diagnostic {
  return {
    code: 'cli-path-not-found',
    severity: 'error',
    pointer: '',
    message: { de: `„${arg}“ existiert nicht.`, en: `"${arg}" does not exist.` },
  };
}

function noMatch(arg: string): Diagnostic {
  return {
    code: 'cli-no-match',
    severity: 'error',
    pointer: '',
    message: { de: `Das Muster „${arg}“ trifft keine Datei.`, en: `The pattern "${arg}" matches no file.` },
  };
}

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '@fimforms/format';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { globTooComplex } from './glob-complexity.js';

/** Input files found for a run, and problems met while looking (each tied to the argument or directory). */
export interface CollectedFiles {
  files: string[];
  problems: Array<{ file: string; diagnostic: Diagnostic }>;
}

/** Codes of problems of the run itself (I/O), documented in specs/diagnostics.md; they make the exit code 2. */
export const CLI_CODES: readonly string[] = ['cli-path-not-found', 'cli-no-match', 'cli-file-unreadable', 'cli-file-unwritable', 'cli-output-is-input', 'cli-glob-too-complex'];

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/**
 * Expands command-line arguments into files: a path that exists as given (even with `*` or `[`
 * in its name), a directory recursively to its `*.json` files, else a glob, matched by
 * tinyglobby (picomatch) without extglobs, dot files, `node_modules` or followed symlinks.
 * Missing paths, globs without match, globs too complex to match in bounded time and unreadable
 * directories become diagnostics; everything else is still collected.
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
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats === undefined && isDynamicPattern(arg)) {
      const refused = globTooComplex(arg);
      if (refused) {
        problems.push({ file: arg, diagnostic: refused });
        continue;
      }
      const matched = matchGlob(arg, cwd);
      if (matched.length === 0) problems.push({ file: arg, diagnostic: noMatch(arg) });
      for (const file of matched) files.add(file);
    } else if (stats === undefined) {
      problems.push({ file: arg, diagnostic: notFound(arg) });
    } else if (stats.isDirectory()) {
      let found = 0;
      const troubles = problems.length;
      walk(absolute, (file) => file.endsWith('.json') && ++found > 0);
      // Like a glob without match: an empty directory checked nothing, which must not pass as clean.
      if (found === 0 && problems.length === troubles) problems.push({ file: arg, diagnostic: noJsonFiles(arg) });
    } else files.add(absolute);
  }
  return { files: [...files], problems };
}

function matchGlob(glob: string, cwd: string): string[] {
  // On Windows `\` separates paths; elsewhere it escapes a glob character and stays.
  const matched = globSync([path.sep === '\\' ? glob.replaceAll('\\', '/') : glob], {
    cwd,
    absolute: true,
    dot: false,
    extglob: false,
    expandDirectories: false,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**'],
  });
  return matched.map((file) => path.normalize(file)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The diagnostic for a file or directory that cannot be read. */
export function unreadable(error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  return {
    code: 'cli-file-unreadable',
    severity: 'error',
    pointer: '',
    position: { line: 1, column: 1 },
    message: { de: `Die Datei oder das Verzeichnis ist nicht lesbar (${code}).`, en: `The file or directory cannot be read (${code}).` },
  };
}

/** The diagnostic for a path that is a FIFO, device or socket: opening it could block for ever, so it is not read. */
export function notRegularFile(): Diagnostic {
  return {
    code: 'cli-file-unreadable',
    severity: 'error',
    pointer: '',
    position: { line: 1, column: 1 },
    message: { de: 'Die Datei ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) und wird nicht gelesen.', en: 'The file is not a regular file (but, e.g., a pipe or a device) and is not read.' },
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

function noJsonFiles(arg: string): Diagnostic {
  return {
    code: 'cli-no-match',
    severity: 'error',
    pointer: '',
    message: { de: `Das Verzeichnis „${arg}“ enthält keine *.json-Datei.`, en: `The directory "${arg}" contains no *.json file.` },
  };
}

import type { BilingualMessage, Diagnostic } from '@fimforms/format';

/**
 * The diagnostic for an output file that cannot be written: a parent that is a file or cannot
 * be created, a target that is a directory, missing permissions, a full or failing disk. The
 * system's error code is kept in the message, since it says which of these it was; `reason`
 * replaces it where there is no system error (an empty file name).
 */
export function unwritable(error: unknown, reason?: BilingualMessage): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  const why = reason ?? { de: code, en: code };
  return {
    code: 'cli-file-unwritable',
    severity: 'error',
    pointer: '',
    position: { line: 1, column: 1 },
    message: { de: `Die Datei kann nicht geschrieben werden (${why.de}).`, en: `The file cannot be written (${why.en}).` },
  };
}

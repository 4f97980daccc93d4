import type { BilingualMessage } from '@fimforms/format';

/** Where a command reads and writes; tests pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  /** Working directory that relative paths resolve against. */
  cwd: string;
  /** `de` or `en`: the language of human-readable output (`--lang`, else `FIMFORMS_LANG`, else `de`). */
  lang: 'de' | 'en';
}

/**
 * One `fimforms` sub-command, one file each in `commands/`, listed in `commands/index.ts`.
 * `run` returns the exit code: 0 success, 1 findings (errors in the input), 2 usage or I/O trouble.
 */
export interface Command {
  name: 'validate' | 'import' | 'export' | 'compile' | 'sample' | 'payload' | 'diff';
  /** One line for `fimforms --help`. */
  summary: BilingualMessage;
  /** Full help for `fimforms <name> --help`: synopsis, options, examples. */
  help: BilingualMessage;
  run(args: string[], io: CliIo): Promise<number>;
}

import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './command.js';
import { usageError } from './usage-error.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type CommandConfig<O extends OptionsConfig> = { args: string[]; allowPositionals: true; strict: true; options: O };

/** What {@link parseCommandArgs} read: node:util's result, typed by the command's options. */
export type CommandArgs<O extends OptionsConfig> = ReturnType<typeof parseArgs<CommandConfig<O>>>;

/**
 * A command's arguments, read strictly (positionals allowed) — or, when they do not parse, the usage
 * error printed with the pointer to the command's help and its exit code 2.
 */
export function parseCommandArgs<const O extends OptionsConfig>(io: CliIo, command: string, args: string[], options: O): CommandArgs<O> | 2 {
  try {
    return parseArgs<CommandConfig<O>>({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    return usageError(io, command, error);
  }
}

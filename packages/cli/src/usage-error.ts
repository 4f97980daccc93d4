import type { CliIo } from './command.js';
import { printableText } from './reporters/printable-text.js';

/** What node:util parseArgs throws, by its error code, in both languages. */
const PARSE_ARGS_MESSAGES: { [code: string]: { de: (detail: string) => string; en: (detail: string) => string } } = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: { de: (d) => `Unbekannte Option ${d}.`, en: (d) => `Unknown option ${d}.` },
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: { de: (d) => `Option ${d} braucht einen Wert oder nimmt keinen.`, en: (d) => `Option ${d} needs a value or takes none.` },
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: { de: (d) => `Unerwartetes Argument ${d}.`, en: (d) => `Unexpected argument ${d}.` },
};

/**
 * Prints a usage error on stderr, with the pointer to the command's help, and returns exit
 * code 2 (arguments quoted in it go through printableText). `problem` is a message in both
 * languages or an error thrown by parseArgs (whose own text is English only; the option it
 * names is quoted in it).
 */
export function usageError(io: CliIo, command: string, problem: { de: string; en: string } | unknown): 2 {
  io.stderr.write(`fimforms ${command}: ${printableText(usageMessage(problem, io.lang))}\n${io.lang === 'de' ? 'Hilfe' : 'Help'}: fimforms ${command} --help\n`);
  return 2;
}

function usageMessage(problem: unknown, lang: 'de' | 'en'): string {
  if (isBilingual(problem)) return problem[lang];
  const error = problem as { code?: string; message?: string } | undefined;
  const known = error?.code === undefined ? undefined : PARSE_ARGS_MESSAGES[error.code];
  const detail = /'([^']*)'/.exec(error?.message ?? '')?.[1];
  if (known && detail !== undefined) return known[lang](lang === 'de' ? `„${detail}“` : `"${detail}"`);
  return error?.message ?? String(problem);
}

function isBilingual(value: unknown): value is { de: string; en: string } {
  return typeof value === 'object' && value !== null && typeof (value as { de?: unknown }).de === 'string' && typeof (value as { en?: unknown }).en === 'string';
}

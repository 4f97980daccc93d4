import { createRequire } from 'node:module';
import type { CliIo, Command } from './command.js';
import { commands } from './commands/index.js';

const TEXT = {
  usage: { de: 'Aufruf: fimforms <befehl> [optionen]', en: 'Usage: fimforms <command> [options]' },
  commands: { de: 'Befehle:', en: 'Commands:' },
  options: {
    de: 'Optionen:\n  --help          diese Hilfe; „fimforms <befehl> --help“ für einen Befehl\n  --version       Version ausgeben\n  --lang de|en    Sprache der Ausgabe (sonst FIMFORMS_LANG, sonst de)',
    en: 'Options:\n  --help          this help; "fimforms <command> --help" for one command\n  --version       print the version\n  --lang de|en    language of the output (else FIMFORMS_LANG, else de)',
  },
  exit: {
    de: 'Exit-Codes: 0 ohne Fehler, 1 Fehler gefunden, 2 Aufruf- oder Dateifehler.',
    en: 'Exit codes: 0 clean, 1 errors found, 2 usage or I/O trouble.',
  },
  unknown: { de: 'Unbekannter Befehl', en: 'Unknown command' },
  badLang: { de: '--lang erwartet „de“ oder „en“.', en: '--lang expects "de" or "en".' },
};

/**
 * Runs the `fimforms` command line: global `--help`, `--version` and `--lang` (accepted anywhere
 * before `--`), then dispatch to the named command. Returns the exit code; never throws for bad
 * input (usage errors are exit code 2 with a message on stderr).
 */
export async function main(argv: readonly string[], overrides: Partial<CliIo> = {}): Promise<number> {
  const { lang, rest, error } = extractLang(argv, overrides.lang ?? envLang());
  const io: CliIo = {
    stdout: overrides.stdout ?? process.stdout,
    stderr: overrides.stderr ?? process.stderr,
    cwd: overrides.cwd ?? process.cwd(),
    lang,
  };
  if (error) {
    io.stderr.write(`fimforms: ${TEXT.badLang[lang]}\n`);
    return 2;
  }
  const [first, ...args] = rest;
  // Asked for, the overview is the output (stdout, exit 0); without a command it explains a usage error (stderr, exit 2).
  if (first === undefined) {
    io.stderr.write(overview(lang));
    return 2;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(overview(lang));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  const name = first === 'help' ? args[0] : first;
  const command = commands.find((c) => c.name === name);
  if (first === 'help') {
    io.stdout.write(command ? command.help[lang] + '\n' : overview(lang));
    return command || name === undefined ? 0 : 2;
  }
  if (!command) {
    io.stderr.write(`fimforms: ${TEXT.unknown[lang]} „${first}“.\n\n${overview(lang)}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(command.help[lang] + '\n');
    return 0;
  }
  return command.run(args, io);
}

function overview(lang: 'de' | 'en'): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = [...commands]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c: Command) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`)
    .join('\n');
  return `${TEXT.usage[lang]}\n\n${TEXT.commands[lang]}\n${list}\n\n${TEXT.options[lang]}\n\n${TEXT.exit[lang]}\n`;
}

/** The language of the messages `main` would print for these arguments (for errors outside a command). */
export function outputLanguage(argv: readonly string[]): 'de' | 'en' {
  return extractLang(argv, envLang()).lang;
}

function envLang(): 'de' | 'en' {
  return process.env['FIMFORMS_LANG'] === 'en' ? 'en' : 'de';
}

function extractLang(argv: readonly string[], fallback: 'de' | 'en'): { lang: 'de' | 'en'; rest: string[]; error: boolean } {
  const rest: string[] = [];
  let lang = fallback;
  let error = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === undefined && arg !== '--lang') {
      rest.push(arg);
    } else if (value === 'de' || value === 'en') {
      lang = value;
    } else {
      error = true;
    }
  }
  return { lang, rest, error };
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

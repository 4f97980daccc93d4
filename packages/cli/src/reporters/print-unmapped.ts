import type { CliIo } from '../command.js';
import { printableText } from './printable-text.js';

/** Prints what an import or export did not (fully) map, one `kind: count` line each, on stderr. */
export function printUnmapped(unmapped: { readonly [kind: string]: number }, io: CliIo): void {
  const kinds = Object.entries(unmapped).sort(([a], [b]) => a.localeCompare(b));
  if (kinds.length === 0) return;
  io.stderr.write(io.lang === 'de' ? 'Nicht (vollständig) übernommen:\n' : 'Not (fully) mapped:\n');
  for (const [kind, count] of kinds) io.stderr.write(`  ${printableText(kind)}: ${count}\n`);
}

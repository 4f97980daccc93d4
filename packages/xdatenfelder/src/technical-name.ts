const UMLAUTS: { [char: string]: string } = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };
const MAX_LENGTH = 64;

/**
 * Derives a technical name (`^[A-Za-z_][A-Za-z0-9_]*$`) from a FIM name: umlauts
 * transliterated (`ä` → `ae`, `ß` → `ss`), other diacritics stripped, words joined in
 * lowerCamelCase, a leading digit prefixed with `_`, at most 64 characters of whole words. `fallback` is
 * used when nothing is left (e.g. a name of punctuation only).
 */
export function technicalName(fimName: string | undefined, fallback: string): string {
  const ascii = (fimName ?? '')
    .replace(/[äöüÄÖÜßẞ]/g, (char) => UMLAUTS[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  // Whole words only, so a long name ends in a word (`…BeiAntraegen`, not `…BeiAntraegenJa`
  // of `Jagdschein`); only a first word longer than the limit is cut.
  let joined = '';
  for (const [index, word] of words.entries()) {
    const part = index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1);
    if (joined.length + part.length > MAX_LENGTH) {
      if (index === 0) joined = part.slice(0, MAX_LENGTH);
      break;
    }
    joined += part;
  }
  const name = joined === '' ? fallback : joined;
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** `name`, or `name_2`, `name_3` … — the first not in `taken`, which it is added to. */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
  taken.add(candidate);
  return candidate;
}

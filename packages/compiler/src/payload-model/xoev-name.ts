/**
 * XÖV naming (specs/payload.md §2.1): element names lower-camel ASCII (dots allowed), type
 * names Upper-camel. A technical name `antrag_steller` becomes `antragSteller`, `PLZ` becomes
 * `plz`; anything outside `[A-Za-z0-9]` is dropped so every result is a valid NCName.
 */
export function lowerCamelName(technicalName: string): string {
  const words = technicalName.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const joined = words.map((word, index) => (index === 0 ? word : upperFirst(word))).join('');
  const name = lowerLeadingCapitals(joined);
  // An NCName cannot start with a digit; XÖV names start with a letter.
  if (name === '') return 'element';
  return /^[0-9]/.test(name) ? `e${name}` : name;
}

/** Upper-camel form of a technical name, for type names (`antrag_steller` → `AntragSteller`). */
export function upperCamelName(technicalName: string): string {
  return upperFirst(lowerCamelName(technicalName));
}

/** A FIM id reduced to the characters an XÖV name may hold (`F00-4cb0` → `F004cb0`). */
export function fimIdName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9.]/g, '');
  return /^[A-Za-z]/.test(name) ? name : `e${name}`;
}

/** Hands out names unique within one scope by appending 2, 3, … to repeats. */
export class NameScope {
  readonly #used = new Set<string>();

  /**
   * The name itself if still free, else the first free `name2`, `name3`, … (with a separator:
   * `F60000000227.2`, so a repeated FIM id does not read as another id).
   */
  claim(name: string, separator = ''): string {
    let candidate = name;
    for (let counter = 2; this.#used.has(candidate); counter++) candidate = `${name}${separator}${counter}`;
    this.#used.add(candidate);
    return candidate;
  }
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// `PLZ` → `plz`, `URLFeld` → `urlFeld`, `Name` → `name`.
function lowerLeadingCapitals(word: string): string {
  const run = /^[A-Z]+/.exec(word)?.[0] ?? '';
  if (run.length <= 1 || run.length === word.length) return word.slice(0, run.length).toLowerCase() + word.slice(run.length);
  const rest = word.slice(run.length);
  if (/^[a-z]/.test(rest)) return run.slice(0, -1).toLowerCase() + run.slice(-1) + rest;
  return run.toLowerCase() + rest;
}

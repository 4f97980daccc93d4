/**
 * A count with its noun in the right grammatical number, for the runtime's German and English
 * messages ("1 Eintrag" / "2 Einträge", "1 entry" / "2 entries"). Both languages have the same two
 * plural categories: "one" for exactly 1, "other" for every other count.
 */
export interface CountedNoun {
  readonly de: readonly [one: string, other: string];
  readonly en: readonly [one: string, other: string];
}

export const ENTRIES: CountedNoun = { de: ['Eintrag', 'Einträge'], en: ['entry', 'entries'] };
export const CHARACTERS: CountedNoun = { de: ['Zeichen', 'Zeichen'], en: ['character', 'characters'] };

/** `count` followed by the noun's form for that count, in one language. */
export function counted(count: number | undefined, noun: CountedNoun, language: 'de' | 'en'): string {
  return `${count} ${noun[language][count === 1 ? 0 : 1]}`;
}

/** The English verb "to be" agreeing with a count: "1 entry is", "2 entries are". */
export function isOrAre(count: number | undefined): 'is' | 'are' {
  return count === 1 ? 'is' : 'are';
}

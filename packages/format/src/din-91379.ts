/**
 * DIN 91379 Datentyp C, the repertoire of `text_latin` values (specs/runtime.md §5, specs/payload.md §3.2), checked
 * by the runtime and written into the payload schemas by the compiler. The subpath `@fimforms/format/din-91379`, not
 * the root entry: a browser bundle of the form then loads its table only for definitions with `text_latin` fields
 * (the runtime's latin part, specs/runtime.md §6); XML text (src/text-repertoire.ts) is checked everywhere.
 */

/**
 * DIN 91379 (2022-08) Datentyp C (`datatypeC`: all normative characters) as the XÖV library XSD pattern lists
 * it, in order: 45 characters or ranges, then 59 base characters each followed by one of its combining tails.
 * Written compactly (a bundle ships it to every browser), numbers in base 36, in three parts split by `|`:
 * the ranges, each `gap` or `gap-span` (the gap after the previous range's end, then its length minus one);
 * the combining sequences, each `delta:tail,tail` (the base as a step from the previous base, its tails as
 * letters, `a` for the first tail character below); the tail characters, each a step from the one before.
 * test/text-repertoire.test.ts holds the list as the XSD writes it and compares.
 */
const DATATYPE_C =
  '9-1 2 i-2m x-c 1-5s 8-1 6 7 8-1 d-1 6 l-f 1-1 2-e 3-1 2-7 i-1 4-3 2-1 7-c 11 e 15 12-1 3-1 8 3 5dh-1 2-1 ' +
  '2-7 5 4-f 3-8 2-1 4-9 8-9 2-5 6-5 g-7 4-b 6 1-2h 7z 7 3u|' +
  '1t:j 2:c,f,g,i,n,p,r,tg 1:e 2:c,f 1:c 1:f,r,u 2:d,k 1:c,e,f,h,n,o,r,va,vb 1:e,q,qf,r 1:c,e,g,m 1:e,f,g,r ' +
  '2:c,f,n,p 2:g,q,qf 1:c,f,of,u 1:c,f,i,n,o 1:h 5:c,f,g,i,s 7:j 2:c,f,g,i,n,p,r,tg 1:e 2:c,f 1:c 1:f,r 2:d ' +
  '1:c,e,f,h,n,o,r,vb 1:e,q,qf,r 1:c,e,g,m 1:e,f,g,r 2:c,f,n,p 2:g,q,qf 1:c,f,of,u 1:c,f,n,o 1:h ' +
  '5:c,f,g,i,s 25:g k:f c:g k:f 4:d d:n,p 1:n,p 6:l n:d 1:d y:l 1c:r,s 1:r,s 5o4:f 1:f 1b:f 1:f 9:f 1:f ' +
  '1f:i 1:i 17:i 1:i n:f,i 1:f,i|' +
  '20 w ig 1 1 2 2 1 1 3 1 1 3 5 6 8 2 1 1 1 9 1a';

/** Datentyp C read from its compact form: ranges of single characters, and base characters with their tails. */
export interface DatatypeCEntries {
  ranges: [number, number][];
  sequences: [number, string[]][];
}

let entries: DatatypeCEntries | undefined;

/** {@link DATATYPE_C} decoded, once, on first use. */
export function datatypeCEntries(): DatatypeCEntries {
  if (entries) return entries;
  const [singles, combined, tailCharacters] = DATATYPE_C.split('|') as [string, string, string];
  let code = 0;
  const marks = tailCharacters.split(' ').map((step) => String.fromCharCode((code += parseInt(step, 36))));
  code = -1;
  const ranges = singles.split(' ').map((range): [number, number] => {
    const [gap, span = '0'] = range.split('-') as [string, string?];
    const from = code + 1 + parseInt(gap, 36);
    return [from, (code = from + parseInt(span, 36))];
  });
  code = 0;
  const sequences = combined.split(' ').map((entry): [number, string[]] => {
    const [step, tails] = entry.split(':') as [string, string];
    const letters = (tail: string) => [...tail].map((letter) => marks[letter.charCodeAt(0) - 97]!).join('');
    return [(code += parseInt(step, 36)), tails.split(',').map(letters)];
  });
  return (entries = { ranges, sequences });
}

/**
 * DIN 91379 Datentyp C as an XSD/ECMAScript pattern (`u` flag; anchor it as `^(?:…)$`): the
 * mechanical translation of the library XSD pattern, which the compiler's tests re-derive and compare.
 */
export const DIN_91379_DATATYPE_C_PATTERN = /* @__PURE__ */ datatypeCPattern();

function datatypeCPattern(): string {
  const escape = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join('');
  const { ranges, sequences } = datatypeCEntries();
  const alternatives = [
    ...ranges.map(([from, to]) => (from === to ? escape(String.fromCharCode(from)) : `[${escape(String.fromCharCode(from))}-${escape(String.fromCharCode(to))}]`)),
    ...sequences.map(([base, tails]) => escape(String.fromCharCode(base)) + (tails.length > 1 ? `(${tails.map(escape).join('|')})` : escape(tails[0]!))),
  ];
  return `(${alternatives.join('|')})*`;
}

let repertoire: { single: Uint8Array; tails: Map<number, string[]> } | undefined;

// Built on first use: every character of the repertoire lies below U+2100.
function datatypeC(): { single: Uint8Array; tails: Map<number, string[]> } {
  if (repertoire) return repertoire;
  const single = new Uint8Array(0x2100);
  const { ranges, sequences } = datatypeCEntries();
  for (const [from, to] of ranges) single.fill(1, from, to + 1);
  return (repertoire = { single, tails: new Map(sequences) });
}

/**
 * True when `text` is in DIN 91379 Datentyp C: the language of {@link DIN_91379_DATATYPE_C_PATTERN}.
 * Checked by walking the text once and marking the offsets a character or a combining
 * sequence reaches, instead of running the pattern: a backtracking regex engine overflows its
 * stack on long texts, and a check must never crash.
 */
export function isDin91379DatatypeC(text: string): boolean {
  const { single, tails } = datatypeC();
  const reached = new Uint8Array(text.length + 1);
  reached[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (reached[i] === 0) continue;
    const c = text.charCodeAt(i);
    if (single[c] === 1) reached[i + 1] = 1;
    for (const tail of tails.get(c) ?? []) if (text.startsWith(tail, i + 1)) reached[i + 1 + tail.length] = 1;
  }
  return reached[text.length] === 1;
}

/**
 * Every character that can occur in a DIN 91379 Datentyp C text — single characters, bases and
 * the characters of combining tails — as sorted, merged code point ranges. Patterns on
 * `text_latin` fields are translated for the payload schemas on this finite repertoire
 * (specs/payload.md §4).
 */
export function din91379Characters(): [number, number][] {
  const { single, tails } = datatypeC();
  const present = single.slice();
  for (const [base, sequences] of tails) {
    present[base] = 1;
    for (const tail of sequences) for (const c of tail) present[c.charCodeAt(0)] = 1;
  }
  const ranges: [number, number][] = [];
  present.forEach((flag, codePoint) => {
    if (flag === 0) return;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  });
  return ranges;
}

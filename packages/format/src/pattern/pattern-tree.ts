/**
 * A field pattern read once (specs/format.md §5.4): the tree every use of a pattern works on —
 * the runtime check and its safety verdict, the XSD and JSON Schema translations, the example
 * generator and the validator's length and subset checks.
 */

/** One character given as itself or by an escape (`a`, `\.`, `\n`, `\u00e4`). */
export interface PatternCharacter {
  kind: 'character';
  codePoint: number;
  /** The source text, usable on its own in a `v`-flag RegExp. */
  source: string;
}

/** One character out of a set: a class `[…]`, `.`, `\d`, `\w`, `\s` and their negations, `\p{…}`. */
export interface PatternSet {
  kind: 'set';
  /** The source text, usable on its own in a `v`-flag RegExp that matches exactly one character. */
  source: string;
}

/** Alternatives: the whole pattern, or a group `(…)`. */
export interface PatternAlternation {
  kind: 'alternation';
  branches: PatternNode[][];
}

/** A quantified node; `max` is Infinity for `*`, `+` and `{n,}`. Lazy quantifiers read as greedy. */
export interface PatternRepeat {
  kind: 'repeat';
  body: PatternNode;
  min: number;
  max: number;
}

/**
 * What neither a linear-time matcher nor the schema translations can express: lookaround,
 * back-references, word boundaries, inner anchors, classes of strings (`\q{…}`, `\p{RGI_Emoji}`).
 * A lookaround keeps its body, so the safety verdict can weigh it.
 */
export interface PatternUnsupported {
  kind: 'unsupported';
  source: string;
  body?: PatternAlternation;
}

export type PatternNode = PatternCharacter | PatternSet | PatternAlternation | PatternRepeat | PatternUnsupported;

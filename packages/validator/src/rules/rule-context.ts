import type { CodeList, Field, FieldGroup, FormDefinition, Rule, StructureVisit } from '@fimforms/format';
import { walkStructure } from '@fimforms/format';
import { indexDefinition, type DefinitionIndex } from '@fimforms/expressions';
import { MAX_OCCURRENCES } from '../validation-limits.js';
import { localizedTexts, type LocalizedTextSite } from './localized-texts.js';
import type { StructureLimit } from './structure-limit.js';

/** An element a rule reference resolves to. */
export interface ResolvedElement {
  kind: 'field' | 'group';
  key: string;
}

/**
 * What every semantic rule reads: the definition (already structurally valid), its structure
 * walked once, and reference resolution as specs/rules.md §2.1 describes it, by the resolver of
 * @fimforms/expressions.
 */
export interface RuleContext {
  definition: FormDefinition;
  /** Every occurrence, depth-first in document order (walkStructure), capped at MAX_OCCURRENCES. */
  visits: readonly StructureVisit[];
  /** True when `visits` is not the whole structure (see `limit`): usage and paths are then unknown. */
  truncated: boolean;
  /** The limit that cut the walk short, if any. */
  limit: StructureLimit | undefined;
  fields: ReadonlyArray<[string, Field]>;
  groups: ReadonlyArray<[string, FieldGroup]>;
  codeLists: ReadonlyArray<[string, CodeList]>;
  rules: ReadonlyArray<[string, Rule]>;
  /** Every citizen-facing text with its pointer, collected once for the text and accessibility rules. */
  texts: readonly LocalizedTextSite[];
  /** The rule language's index of the occurrences (over `visits`), built on first use and shared by every check. */
  index(): DefinitionIndex;
  resolve(reference: string): ResolvedElement | undefined;
  /** Every element a reference matches (distinct); more than one is an ambiguous reference (format.md §8.3). */
  candidates(reference: string): ResolvedElement[];
}

/** Builds the shared context once per validation. */
export function createRuleContext(definition: FormDefinition): RuleContext {
  const { visits, limit } = walkWithinLimits(definition);
  const entries = {
    fields: Object.entries(definition.fields ?? {}),
    groups: Object.entries(definition.groups ?? {}),
    codeLists: Object.entries(definition.codeLists ?? {}),
    rules: Object.entries(definition.rules ?? {}),
  };
  // The rule language's own resolver (specs/rules.md §2.1), over the walk made here, built on
  // first use: what the runtime resolves a reference to is what the checks see.
  let built: DefinitionIndex | undefined;
  const index = (): DefinitionIndex => (built ??= indexDefinition(definition, { cached: false, walked: { visits, truncated: limit !== undefined } }));
  const candidates = (reference: string): ResolvedElement[] => {
    const elements = new Map<string, ResolvedElement>();
    for (const { kind, key } of index().resolve(reference).matches) elements.set(`${kind}:${key}`, { kind, key });
    return [...elements.values()];
  };
  const resolve = (reference: string): ResolvedElement | undefined => candidates(reference)[0];
  return {
    definition,
    visits,
    truncated: limit !== undefined,
    limit,
    ...entries,
    texts: localizedTexts(definition, entries),
    index,
    resolve,
    candidates,
  };
}

/**
 * Walks the structure up to MAX_OCCURRENCES occurrences and stops there: placements multiply, so
 * a tiny file could otherwise expand to more occurrences than memory holds. walkStructure itself
 * stops descending below its depth limit; the first occurrence it cut is remembered.
 */
function walkWithinLimits(definition: FormDefinition): { visits: StructureVisit[]; limit: StructureLimit | undefined } {
  const visits: StructureVisit[] = [];
  let limit: StructureLimit | undefined;
  for (const visit of walkStructure(definition)) {
    if (visits.length >= MAX_OCCURRENCES) return { visits, limit: { kind: 'occurrences' } };
    visits.push(visit);
    if (visit.truncated && limit === undefined) limit = { kind: 'depth', pointer: visit.pointer };
  }
  return { visits, limit };
}

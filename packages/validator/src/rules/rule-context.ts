import type { CodeList, Field, FieldGroup, FormDefinition, Rule, StructureVisit } from '@fimforms/format';
import { walkStructure } from '@fimforms/format';
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
 * walked once, and reference resolution as specs/rules.md describes it (`self.<FIM id>`, an
 * element key, or a dotted path of technical names).
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
  resolve(reference: string): ResolvedElement | undefined;
  /** Every element a reference could mean; more than one is an ambiguous reference (format.md §8.3). */
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
  // Both indexes are built on the first reference that needs them: most references are keys.
  let byFimId: Map<string, ResolvedElement[]> | undefined;
  const fimIdIndex = () => (byFimId ??= indexByFimId(entries.fields, entries.groups));
  let byPath: Map<string, ResolvedElement> | undefined;
  const pathIndex = () => {
    if (byPath) return byPath;
    byPath = new Map();
    for (const visit of visits) {
      const dotted = visit.path.join('.');
      if (!byPath.has(dotted)) byPath.set(dotted, { kind: visit.target.kind, key: visit.target.key });
    }
    return byPath;
  };
  const candidates = (reference: string): ResolvedElement[] => {
    if (reference.startsWith('self.')) return fimIdIndex().get(reference.slice(5)) ?? [];
    const found: ResolvedElement[] = [];
    if (definition.fields && Object.hasOwn(definition.fields, reference)) found.push({ kind: 'field', key: reference });
    if (definition.groups && Object.hasOwn(definition.groups, reference)) found.push({ kind: 'group', key: reference });
    if (found.length > 0) return found;
    const byName = pathIndex().get(reference);
    return byName ? [byName] : [];
  };
  const resolve = (reference: string): ResolvedElement | undefined => candidates(reference)[0];
  return {
    definition,
    visits,
    truncated: limit !== undefined,
    limit,
    ...entries,
    texts: localizedTexts(definition, entries),
    resolve,
    candidates,
  };
}

/** Fields and groups by FIM id, in definition order (one id may name several elements). */
function indexByFimId(fields: ReadonlyArray<[string, Field]>, groups: ReadonlyArray<[string, FieldGroup]>): Map<string, ResolvedElement[]> {
  const byFimId = new Map<string, ResolvedElement[]>();
  const add = (id: string, element: ResolvedElement) => {
    const elements = byFimId.get(id);
    if (elements) elements.push(element);
    else byFimId.set(id, [element]);
  };
  for (const [key, field] of fields) if (field.fim) add(field.fim.id, { kind: 'field', key });
  for (const [key, group] of groups) if (group.fim) add(group.fim.id, { kind: 'group', key });
  return byFimId;
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

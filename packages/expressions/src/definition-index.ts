import {
  parseCardinality,
  walkStructure,
  type StructureVisit,
  type Field,
  type FieldGroup,
  type FormDefinition,
  type Occurrence,
} from '@fimforms/format';

/** One occurrence of the structure, as the rule language and the engine see it. */
export interface ElementNode {
  /** Position in document order; also a stable id. */
  index: number;
  kind: 'field' | 'group';
  /** Key of the element in `fields`/`groups`. */
  key: string;
  /** Technical name of the occurrence. */
  name: string;
  /** Technical names from the root. */
  path: readonly string[];
  /** JSON pointer of the occurrence in the definition. */
  pointer: string;
  occurrence: Occurrence;
  /** Cardinality (defaults to 1:1; an unreadable one counts as 0:1). */
  min: number;
  max: number;
  /** True when `max > 1`: the submission holds an array. */
  repeating: boolean;
  field: Field | undefined;
  group: FieldGroup | undefined;
  parent: ElementNode | undefined;
  children: ElementNode[];
}

/** The result of resolving a rule reference. */
export interface ResolvedReference {
  node: ElementNode | undefined;
  /** Every occurrence the reference matched (more than one: ambiguous, the first is used). */
  matches: readonly ElementNode[];
}

/** The structure of a definition, indexed for reference resolution. */
export interface DefinitionIndex {
  definition: FormDefinition;
  /** Every occurrence in document order. */
  nodes: readonly ElementNode[];
  /** The top-level occurrences. */
  roots: readonly ElementNode[];
  /** Occurrence by its technical names from the root, joined by `.` (`antragsteller.vorname`). */
  byPath: ReadonlyMap<string, ElementNode>;
  /** Resolves a rule reference (specs/rules.md §2). */
  resolve(reference: string): ResolvedReference;
  /** True when the structure was cut at {@link MAX_NODES} occurrences or at walkStructure's depth limit. */
  truncated: boolean;
}

/** Most occurrences indexed: reused groups multiply, so a small definition could expand without bound. */
export const MAX_NODES = 10_000;

/**
 * Most element instances a form creates by itself (the `min` instances of repeating occurrences
 * and what they contain): a definition asking for more (`100000000:*`) runs with fewer and says
 * so, instead of exhausting memory (runtime.md §4.3); the validator warns about it.
 */
export const MAX_INSTANCES = 100_000;


const cache = new WeakMap<FormDefinition, DefinitionIndex>();

/** Options of {@link indexDefinition}. */
export interface IndexOptions {
  /**
   * Reuse (and keep) the index of this definition object; default true. Engines read a
   * definition as immutable; a checker that sees it edited in place passes `false`.
   */
  cached?: boolean;
  /**
   * The structure as {@link walkStructure} yields it, when the caller has walked it already (the
   * validator walks it for its own checks): one walk instead of two. `truncated`: the caller's
   * walk stopped before the end.
   */
  walked?: { visits: readonly StructureVisit[]; truncated: boolean };
}

/**
 * Indexes the occurrences of a definition (cached per definition object unless
 * `options.cached` is false). A group that contains itself is not descended into
 * (walkStructure reports it once).
 */
export function indexDefinition(definition: FormDefinition, options: IndexOptions = {}): DefinitionIndex {
  const useCache = options.cached !== false;
  const cached = useCache ? cache.get(definition) : undefined;
  if (cached) return cached;
  const nodes: ElementNode[] = [];
  const roots: ElementNode[] = [];
  const byPath = new Map<string, ElementNode>();
  // The dotted path of each kept node, by index, so a child's key is one concatenation, not a join.
  const pathKeys: string[] = [];
  // The node standing at each depth of the current walk (a skipped duplicate stands as its first).
  const lineage: ElementNode[] = [];
  const ranges = new Map<string | undefined, { min: number; max: number }>();
  let truncated = options.walked?.truncated ?? false;
  for (const visit of options.walked?.visits ?? walkStructure(definition)) {
    if (nodes.length >= MAX_NODES) {
      truncated = true;
      break;
    }
    // walkStructure stops descending below its depth limit (64) and says so.
    if ((visit as { truncated?: boolean }).truncated === true) truncated = true;
    const cardinality = visit.occurrence.cardinality;
    let range = ranges.get(cardinality);
    if (!range) ranges.set(cardinality, (range = parseCardinality(cardinality) ?? { min: 0, max: 1 }));
    const depth = visit.path.length - 1;
    const parent = depth > 0 ? lineage[depth - 1] : undefined;
    const name = visit.path[depth]!;
    const pathKey = parent ? `${pathKeys[parent.index]}.${name}` : name;
    const existing = byPath.get(pathKey);
    if (existing) {
      lineage[depth] = existing; // duplicate sibling names: the validator reports them; the first wins
      continue;
    }
    const node: ElementNode = {
      index: nodes.length,
      kind: visit.target.kind,
      key: visit.target.key,
      name,
      path: visit.path,
      pointer: visit.pointer,
      occurrence: visit.occurrence,
      min: range.min,
      max: range.max,
      repeating: range.max > 1,
      field: visit.target.kind === 'field' ? visit.target.element : undefined,
      group: visit.target.kind === 'group' && !visit.cycle ? visit.target.element : undefined,
      parent,
      children: [],
    };
    lineage[depth] = node;
    byPath.set(pathKey, node);
    pathKeys.push(pathKey);
    nodes.push(node);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  // References repeat (every evaluation resolves them), so each distinct one is resolved once,
  // through lookup tables built on the first reference.
  const resolved = new Map<string, ResolvedReference>();
  let lookup: ReferenceLookup | undefined;
  const resolve = (reference: string): ResolvedReference => {
    let result = resolved.get(reference);
    if (!result) {
      result = resolveReference((lookup ??= referenceLookup(nodes, byPath)), reference);
      if (resolved.size < 10_000) resolved.set(reference, result);
    }
    return result;
  };
  const index: DefinitionIndex = { definition, nodes, roots, byPath, resolve, truncated };
  if (useCache) cache.set(definition, index);
  return index;
}

/** The occurrences by element key, by top-level name and by FIM id (current and xdf2 original), in document order. */
interface ReferenceLookup {
  byPath: ReadonlyMap<string, ElementNode>;
  byKey: ReadonlyMap<string, ElementNode[]>;
  rootsByName: ReadonlyMap<string, ElementNode[]>;
  byFimId: ReadonlyMap<string, ElementNode[]>;
}

function referenceLookup(nodes: readonly ElementNode[], byPath: ReadonlyMap<string, ElementNode>): ReferenceLookup {
  const byKey = new Map<string, ElementNode[]>();
  const rootsByName = new Map<string, ElementNode[]>();
  const byFimId = new Map<string, ElementNode[]>();
  const add = (map: Map<string, ElementNode[]>, key: string, node: ElementNode): void => {
    const list = map.get(key);
    if (list) list.push(node);
    else map.set(key, [node]);
  };
  for (const node of nodes) {
    add(byKey, node.key, node);
    if (node.path.length === 1) add(rootsByName, node.name, node);
    const fim = (node.field ?? node.group)?.fim;
    if (fim?.id !== undefined) add(byFimId, fim.id, node);
    if (fim?.originalId !== undefined && fim.originalId !== fim.id) add(byFimId, fim.originalId, node);
  }
  return { byPath, byKey, rootsByName, byFimId };
}

function resolveReference(lookup: ReferenceLookup, reference: string): ResolvedReference {
  let matches: readonly ElementNode[];
  if (reference.startsWith('self.')) {
    const ids = reference.slice(5).split('.');
    matches = (lookup.byFimId.get(ids[ids.length - 1]!) ?? []).filter((node) => ancestorsMatch(node.parent, ids.slice(0, -1)));
  } else if (reference.includes('.')) {
    const node = lookup.byPath.get(reference);
    matches = node ? [node] : [];
  } else {
    matches = lookup.byKey.get(reference) ?? lookup.rootsByName.get(reference) ?? [];
  }
  return { node: matches[0], matches };
}

function fimIdMatches(node: ElementNode, id: string): boolean {
  const fim = (node.field ?? node.group)?.fim;
  return fim !== undefined && (fim.id === id || fim.originalId === id);
}

// `self.G1.F2`: the earlier ids must name ancestors, innermost last.
function ancestorsMatch(parent: ElementNode | undefined, ids: readonly string[]): boolean {
  let remaining = ids.length;
  for (let node = parent; node && remaining > 0; node = node.parent) {
    if (fimIdMatches(node, ids[remaining - 1]!)) remaining--;
  }
  return remaining === 0;
}

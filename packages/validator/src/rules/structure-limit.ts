/**
 * Why the walk of the structure stopped early: more than MAX_OCCURRENCES occurrences once reuse
 * is expanded, or a group nested below walkStructure's depth limit (its occurrence's pointer).
 */
export type StructureLimit = { kind: 'occurrences' } | { kind: 'depth'; pointer: string };

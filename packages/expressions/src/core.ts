// `@fimforms/expressions/core`: what a form engine needs of this package without running rules — the occurrence tree
// of a definition, exact decimals, the default time zone, whether a text is a calendar date. It reaches neither the
// evaluator nor the date arithmetic: a bundler that splits code by module puts everything the root entry re-exports
// in the chunk of whoever imports the root, so an engine core that imports this entry instead downloads rule
// evaluation and date-time checks only with the engine parts that bring them (specs/runtime.md §6).
export { Decimal, MAX_DECIMAL_DIGITS, DIVISION_SCALE } from './decimal.js';
export { DEFAULT_TIME_ZONE } from './default-time-zone.js';
export { isIsoDate } from './iso-date.js';
export { indexDefinition, MAX_INSTANCES, MAX_NODES } from './definition-index.js';
export type { DefinitionIndex, ElementNode, IndexOptions, ResolvedReference } from './definition-index.js';
export { isListReference, repeatingChain } from './reference-scope.js';

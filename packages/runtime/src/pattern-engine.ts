// `@fimforms/runtime/pattern-engine`: the engine part that checks field patterns (specs/runtime.md §6), for
// `options.parts.compilePattern` of an on-demand engine. Its own entry, so that a bundle reaches it only where it is loaded.
export { compilePattern } from './compile-pattern.js';

// `@fimforms/runtime/rule-compiler`: the engine part that compiles a definition's rules (specs/runtime.md §6), for
// `options.parts.compileRules` of an on-demand engine. Its own entry, so that a bundle reaches it only where it is loaded.
export { compileRules } from '@fimforms/expressions/compile';

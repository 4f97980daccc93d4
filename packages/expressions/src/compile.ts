// `@fimforms/expressions/compile`: everything that turns rule text and JSON trees into compiled expressions —
// the text-syntax parser, the operators, the compiler, the type check. Evaluating compiled expressions needs only the
// root entry (src/index.ts).
export { operators, operatorsByName } from './operators/index.js';
export { parseExpression } from './syntax/parse-expression.js';
export { expressionTextOffset } from './syntax/expression-text-offset.js';
export { compileExpression } from './compile-expression.js';
export { referencesOf } from './references-of.js';
export { compileRules } from './compile-rules.js';
export { checkDefinitionRules, elementType } from './check/check-definition-rules.js';
